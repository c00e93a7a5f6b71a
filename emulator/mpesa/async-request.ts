import { type Clock } from '../shared/clock';
import { callbackUrl, type DarajaBody, optionalText, requiredText } from './daraja-fields';
import { conversationId, mpesaReceipt, originatorConversationId } from './mpesa-ids';

/** The envelope shared by Reversal, B2C and Transaction Status: who asks, and where results go. */
export interface AsyncRequest {
  initiatorAccepted: boolean;
  resultUrl: string;
  queueTimeOutUrl: string;
  originatorConversationId: string;
  conversationId: string;
}

/**
 * Validates the envelope. Daraja accepts any initiator and credential synchronously; M-Pesa checks
 * them later and reports 2001 in the Result, so a wrong initiator is not an error here.
 */
export function readAsyncRequest(
  body: DarajaBody,
  initiatorField: 'Initiator' | 'InitiatorName',
  initiatorName: string,
  clock: Clock,
): AsyncRequest {
  const initiator = requiredText(body, initiatorField);
  requiredText(body, 'SecurityCredential');
  const resultUrl = callbackUrl(body, 'ResultURL');
  const queueTimeOutUrl = callbackUrl(body, 'QueueTimeOutURL');
  requiredText(body, 'Remarks', 100);
  optionalText(body, 'Occasion', 100);
  // The B2C documentation spells it "Occassion"; clients copying it must not be refused.
  optionalText(body, 'Occassion', 100);
  return {
    initiatorAccepted: initiator === initiatorName,
    resultUrl,
    queueTimeOutUrl,
    originatorConversationId: optionalText(body, 'OriginatorConversationID', 100) || originatorConversationId(),
    conversationId: conversationId(clock()),
  };
}

export function acceptedResponse(request: AsyncRequest): Record<string, string> {
  return {
    OriginatorConversationID: request.originatorConversationId,
    ConversationID: request.conversationId,
    ResponseCode: '0',
    ResponseDescription: 'Accept the service request successfully.',
  };
}

export interface ResultParameter {
  Key: string;
  Value?: string | number;
}

export interface ResultOutcome {
  code: number | string;
  description: string;
  /** A receipt for completed transactions; failures carry a placeholder id like M-Pesa's `SKE0000000`. */
  transactionId?: string;
  parameters?: ResultParameter[];
}

export const SUCCESS = 'The service request is processed successfully.';
export const INVALID_INITIATOR: ResultOutcome = { code: 2001, description: 'The initiator information is invalid.' };

/** The `{ Result: {...} }` message M-Pesa POSTs to the ResultURL. */
export function resultBody(request: AsyncRequest, outcome: ResultOutcome): unknown {
  return {
    Result: {
      ResultType: 0,
      ResultCode: outcome.code,
      ResultDesc: outcome.description,
      OriginatorConversationID: request.originatorConversationId,
      ConversationID: request.conversationId,
      TransactionID: outcome.transactionId ?? `${mpesaReceipt().slice(0, 3)}0000000`,
      ...(outcome.parameters ? { ResultParameters: { ResultParameter: outcome.parameters } } : {}),
      // Safaricom puts its own queue URL here; echoing the client's keeps the shape without inventing one.
      ReferenceData: { ReferenceItem: { Key: 'QueueTimeoutURL', Value: request.queueTimeOutUrl } },
    },
  };
}

/** How M-Pesa names the parties in results: number, dash, registered name. */
export function customerName(msisdn: string): string {
  return `${msisdn} - Emulated Customer`;
}

export function organisationName(shortcode: string): string {
  return `${shortcode} - Emulated Organisation`;
}
