import { type Clock } from '../shared/clock';
import { ControlError } from '../shared/control-error';
import { type CallbackSender } from './callback-sender';
import { formatDarajaTimestamp } from './daraja-time';
import { type MpesaLedger } from './mpesa-ledger';
import { mpesaReceipt } from './mpesa-ids';

/** What the customer can do with the PIN prompt, and the result Safaricom reports for each. */
export const STK_OUTCOMES = {
  approve: { code: 0, description: 'The service request is processed successfully.' },
  cancel: { code: 1032, description: 'Request cancelled by user' },
  timeout: { code: 1037, description: 'DS timeout user cannot be reached' },
  'insufficient-balance': { code: 1, description: 'The balance is insufficient for the transaction.' },
  'wrong-pin': { code: 2001, description: 'The initiator information is invalid.' },
} as const;

export type StkOutcome = keyof typeof STK_OUTCOMES;

export interface StkPush {
  checkoutRequestId: string;
  merchantRequestId: string;
  businessShortCode: string;
  transactionType: string;
  amount: number;
  partyA: string;
  partyB: string;
  phoneNumber: string;
  callbackUrl: string;
  accountReference: string;
  transactionDesc?: string;
  requestedAt: string;
  status: 'pending' | 'completed';
  result?: { resultCode: number; resultDesc: string; mpesaReceiptNumber?: string; transactionDate?: string };
}

export interface RespondOptions {
  /** false: the customer answers but the callback never arrives, so the client must query. */
  deliverCallback?: boolean;
}

export class StkPushes {
  private readonly pushes = new Map<string, StkPush>();

  constructor(
    private readonly ledger: MpesaLedger,
    private readonly callbacks: CallbackSender,
    private readonly clock: Clock,
  ) {}

  start(push: Omit<StkPush, 'status' | 'result'>): StkPush {
    const started: StkPush = { ...push, status: 'pending' };
    this.pushes.set(started.checkoutRequestId, started);
    return started;
  }

  find(checkoutRequestId: string): StkPush | undefined {
    return this.pushes.get(checkoutRequestId);
  }

  /** Safaricom refuses a second prompt to a phone that is still showing one. */
  pendingFor(phoneNumber: string): StkPush | undefined {
    return [...this.pushes.values()].find((push) => push.status === 'pending' && push.phoneNumber === phoneNumber);
  }

  list(status?: StkPush['status']): StkPush[] {
    return structuredClone([...this.pushes.values()].filter((push) => !status || push.status === status));
  }

  respond(checkoutRequestId: string, outcome: StkOutcome, options: RespondOptions = {}): StkPush {
    const push = this.pushes.get(checkoutRequestId);
    if (!push) throw new ControlError(404, `No STK push ${checkoutRequestId}.`);
    if (push.status !== 'pending') throw new ControlError(409, `STK push ${checkoutRequestId} was already answered.`);
    const { code, description } = STK_OUTCOMES[outcome];
    push.status = 'completed';
    push.result = { resultCode: code, resultDesc: description };
    if (outcome === 'approve') {
      const now = this.clock();
      push.result.mpesaReceiptNumber = mpesaReceipt();
      push.result.transactionDate = formatDarajaTimestamp(now);
      this.ledger.record({
        receipt: push.result.mpesaReceiptNumber,
        kind: 'stk-push',
        amount: push.amount,
        msisdn: push.phoneNumber,
        shortcode: push.businessShortCode,
        completedAt: now.toISOString(),
        originatorConversationId: push.merchantRequestId,
        conversationId: push.checkoutRequestId,
      });
    }
    this.callbacks.send('stk-push', push.callbackUrl, stkCallbackBody(push), options.deliverCallback === false);
    return structuredClone(push);
  }
}

/** The body Safaricom POSTs to the CallBackURL once the customer has answered. */
function stkCallbackBody(push: StkPush): unknown {
  const result = push.result;
  if (!result) throw new Error(`STK push ${push.checkoutRequestId} has no result yet`);
  return {
    Body: {
      stkCallback: {
        MerchantRequestID: push.merchantRequestId,
        CheckoutRequestID: push.checkoutRequestId,
        ResultCode: result.resultCode,
        ResultDesc: result.resultDesc,
        ...(result.mpesaReceiptNumber
          ? {
              CallbackMetadata: {
                Item: [
                  { Name: 'Amount', Value: push.amount },
                  { Name: 'MpesaReceiptNumber', Value: result.mpesaReceiptNumber },
                  { Name: 'TransactionDate', Value: Number(result.transactionDate) },
                  { Name: 'PhoneNumber', Value: Number(push.phoneNumber) },
                ],
              },
            }
          : {}),
      },
    },
  };
}
