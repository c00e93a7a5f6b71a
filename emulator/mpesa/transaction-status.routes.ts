import { type Clock } from '../shared/clock';
import {
  acceptedResponse,
  customerName,
  INVALID_INITIATOR,
  organisationName,
  readAsyncRequest,
  resultBody,
  type ResultOutcome,
  SUCCESS,
} from './async-request';
import { type CallbackSender } from './callback-sender';
import { type DarajaEndpoint } from './daraja-api';
import { invalidField } from './daraja-errors';
import { numericCode, oneOf, optionalText, requiredText } from './daraja-fields';
import { formatDarajaTimestamp } from './daraja-time';
import { type MpesaLedger, type MpesaTransaction } from './mpesa-ledger';

/** Names M-Pesa gives each kind of movement in `ReasonType`; the emulator's wording, not a documented list. */
const REASON_TYPES: Record<MpesaTransaction['kind'], string> = {
  'stk-push': 'Pay Bill Online',
  b2c: 'Business Payment to Customer via API',
  reversal: 'Reversal',
};

/**
 * Looks a transaction up by receipt (`TransactionID`) or by the OriginatorConversationID of the
 * request that made it, which is all a client has when a Result never arrived.
 */
export function transactionStatusEndpoint(
  initiatorName: string,
  ledger: MpesaLedger,
  callbacks: CallbackSender,
  clock: Clock,
): DarajaEndpoint {
  return {
    pattern: '/mpesa/transactionstatus/v1/query',
    tokenErrors: 'transaction-status',
    handle: (body) => {
      const request = readAsyncRequest(body, 'Initiator', initiatorName, clock);
      oneOf(body, 'CommandID', ['TransactionStatusQuery']);
      numericCode(body, 'PartyA');
      requiredText(body, 'IdentifierType');
      const receipt = optionalText(body, 'TransactionID', 20);
      const originalConversationId = optionalText(body, 'OriginalConversationID', 100);
      if (!receipt && !originalConversationId) throw invalidField('TransactionID');
      const transaction = receipt
        ? ledger.find(receipt)
        : ledger.findByOriginatorConversationId(originalConversationId as string);
      const outcome = request.initiatorAccepted ? statusOf(transaction) : INVALID_INITIATOR;
      callbacks.send('transaction-status', request.resultUrl, resultBody(request, outcome));
      return acceptedResponse(request);
    },
  };
}

function statusOf(transaction: MpesaTransaction | undefined): ResultOutcome {
  if (!transaction) return { code: 2032, description: 'The transaction receipt number does not exist.' };
  const customer = customerName(transaction.msisdn);
  const organisation = organisationName(transaction.shortcode);
  const customerPays = transaction.kind === 'stk-push';
  const completed = formatDarajaTimestamp(new Date(transaction.completedAt));
  return {
    code: 0,
    description: SUCCESS,
    transactionId: transaction.receipt,
    parameters: [
      { Key: 'DebitPartyName', Value: customerPays ? customer : organisation },
      { Key: 'CreditPartyName', Value: customerPays ? organisation : customer },
      { Key: 'OriginatorConversationID', Value: transaction.originatorConversationId },
      { Key: 'InitiatedTime', Value: completed },
      { Key: 'DebitAccountType', Value: customerPays ? 'Customer Account' : 'Utility Account' },
      { Key: 'DebitPartyCharges' },
      { Key: 'TransactionReason' },
      { Key: 'ReasonType', Value: REASON_TYPES[transaction.kind] },
      // "Reversed" for a payment that was reversed is the emulator's wording; M-Pesa's is undocumented.
      { Key: 'TransactionStatus', Value: transaction.reversedBy ? 'Reversed' : 'Completed' },
      { Key: 'FinalisedTime', Value: completed },
      { Key: 'Amount', Value: String(transaction.amount) },
      { Key: 'ConversationID', Value: transaction.conversationId },
      { Key: 'ReceiptNo', Value: transaction.receipt },
    ],
  };
}
