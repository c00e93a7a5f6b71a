import type { Clock } from '../../../platform/runtime/clock';
import { darajaTimestamp, stkPassword } from './daraja-credentials';
import { DarajaAccessToken } from './daraja-access-token';
import { DarajaRefusal } from './daraja-errors';
import { darajaRequest, requiredString, type DarajaBody } from './daraja-http';
import type { DarajaTokenStore } from './daraja-token-cache';

export interface DarajaSettings {
  /** Daraja's base URL (the emulator's in development and tests). */
  apiUrl: string;
  consumerKey: string;
  consumerSecret: string;
  /** The Lipa na M-Pesa (paybill) shortcode: BusinessShortCode, PartyB, reversal receiver and B2C payer. */
  shortcode: string;
  passkey: string;
  initiatorName: string;
  securityCredential: string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

export interface StkPushRequest {
  amount: number;
  msisdn: string;
  callbackUrl: string;
  accountReference: string;
  transactionDesc: string;
}

export interface StkPushAccepted {
  checkoutRequestId: string;
  merchantRequestId: string;
  customerMessage: string;
}

export type StkQueryAnswer = { state: 'processing' } | { state: 'answered'; resultCode: string; resultDesc: string };

/** Reversal, B2C and Transaction Status answer at once with ids; the outcome comes later to the ResultURL. */
export interface AsyncAccepted {
  originatorConversationId: string;
  conversationId: string;
}

export interface ResultUrls {
  resultUrl: string;
  queueTimeOutUrl: string;
}

/** Safaricom's Daraja API over fetch: OAuth token cached across processes, one refresh at a time. */
export class DarajaClient {
  private readonly token: DarajaAccessToken;

  constructor(
    private readonly settings: DarajaSettings,
    tokens: DarajaTokenStore,
    private readonly clock: Clock,
  ) {
    this.token = new DarajaAccessToken(
      { ...settings, timeoutMs: settings.timeoutMs ?? DEFAULT_TIMEOUT_MS },
      tokens,
      clock,
    );
  }

  async stkPush(request: StkPushRequest): Promise<StkPushAccepted> {
    const body = await this.post('/mpesa/stkpush/v1/processrequest', {
      ...this.expressCredentials(),
      TransactionType: 'CustomerPayBillOnline',
      Amount: request.amount,
      PartyA: request.msisdn,
      PartyB: this.settings.shortcode,
      PhoneNumber: request.msisdn,
      CallBackURL: request.callbackUrl,
      AccountReference: request.accountReference,
      TransactionDesc: request.transactionDesc,
    });
    return {
      checkoutRequestId: requiredString(body, 'CheckoutRequestID'),
      merchantRequestId: requiredString(body, 'MerchantRequestID'),
      customerMessage: String(body.CustomerMessage ?? ''),
    };
  }

  /** The only source of truth about an STK push; Daraja answers "being processed" until the customer has. */
  async stkPushQuery(checkoutRequestId: string): Promise<StkQueryAnswer> {
    try {
      const body = await this.post('/mpesa/stkpushquery/v1/query', {
        ...this.expressCredentials(),
        CheckoutRequestID: checkoutRequestId,
      });
      if (body.ResultCode === undefined) return { state: 'processing' };
      return { state: 'answered', resultCode: String(body.ResultCode), resultDesc: String(body.ResultDesc ?? '') };
    } catch (error) {
      if (error instanceof DarajaRefusal && error.isStillProcessing) return { state: 'processing' };
      throw error;
    }
  }

  /** Reverses a customer payment in full; `originatorConversationId` is ours, so a status query can find it. */
  reversal(
    input: { receipt: string; shillings: number; originatorConversationId: string; remarks: string } & ResultUrls,
  ) {
    return this.asyncRequest('/mpesa/reversal/v1/request', {
      Initiator: this.settings.initiatorName,
      SecurityCredential: this.settings.securityCredential,
      CommandID: 'TransactionReversal',
      TransactionID: input.receipt,
      Amount: input.shillings,
      ReceiverParty: this.settings.shortcode,
      RecieverIdentifierType: '11',
      OriginatorConversationID: input.originatorConversationId,
      ResultURL: input.resultUrl,
      QueueTimeOutURL: input.queueTimeOutUrl,
      Remarks: input.remarks,
      Occasion: 'Refund',
    });
  }

  /** Pays a customer (refunds reversal cannot make); Daraja refuses a reused OriginatorConversationID. */
  b2c(input: { msisdn: string; shillings: number; originatorConversationId: string; remarks: string } & ResultUrls) {
    return this.asyncRequest('/mpesa/b2c/v3/paymentrequest', {
      OriginatorConversationID: input.originatorConversationId,
      InitiatorName: this.settings.initiatorName,
      SecurityCredential: this.settings.securityCredential,
      CommandID: 'BusinessPayment',
      Amount: input.shillings,
      PartyA: this.settings.shortcode,
      PartyB: input.msisdn,
      ResultURL: input.resultUrl,
      QueueTimeOutURL: input.queueTimeOutUrl,
      Remarks: input.remarks,
      Occasion: 'Refund',
    });
  }

  /** Asks what became of a transaction, by our OriginatorConversationID; the answer goes to the ResultURL. */
  transactionStatus(input: { originalConversationId: string; remarks: string } & ResultUrls) {
    return this.asyncRequest('/mpesa/transactionstatus/v1/query', {
      Initiator: this.settings.initiatorName,
      SecurityCredential: this.settings.securityCredential,
      CommandID: 'TransactionStatusQuery',
      OriginalConversationID: input.originalConversationId,
      PartyA: this.settings.shortcode,
      IdentifierType: '4',
      ResultURL: input.resultUrl,
      QueueTimeOutURL: input.queueTimeOutUrl,
      Remarks: input.remarks,
      Occasion: 'Reconciliation',
    });
  }

  private async asyncRequest(path: string, payload: DarajaBody): Promise<AsyncAccepted> {
    const body = await this.post(path, payload);
    return {
      originatorConversationId: requiredString(body, 'OriginatorConversationID'),
      conversationId: requiredString(body, 'ConversationID'),
    };
  }

  private expressCredentials(): Record<string, string> {
    const timestamp = darajaTimestamp(this.clock());
    const { shortcode, passkey } = this.settings;
    return { BusinessShortCode: shortcode, Password: stkPassword(shortcode, passkey, timestamp), Timestamp: timestamp };
  }

  /** A rejected token (revoked, or expired early) is replaced and the call made once more. */
  private async post(path: string, payload: DarajaBody): Promise<DarajaBody> {
    try {
      return await this.send(path, payload, await this.token.get());
    } catch (error) {
      if (!(error instanceof DarajaRefusal) || !error.isInvalidToken) throw error;
      return this.send(path, payload, await this.token.renew());
    }
  }

  private send(path: string, payload: DarajaBody, token: string): Promise<DarajaBody> {
    return darajaRequest(
      `${this.settings.apiUrl}${path}`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
      },
      this.settings.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
  }
}
