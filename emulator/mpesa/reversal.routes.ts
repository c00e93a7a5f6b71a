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
import { type DarajaBody, numericCode, oneOf, requiredText, wholeAmount } from './daraja-fields';
import { formatDarajaTimestamp } from './daraja-time';
import { type MpesaLedger } from './mpesa-ledger';
import { mpesaReceipt } from './mpesa-ids';

/** Reverses a customer payment (C2B, including STK pushes), in full only. */
export function reversalEndpoint(
  initiatorName: string,
  ledger: MpesaLedger,
  callbacks: CallbackSender,
  clock: Clock,
): DarajaEndpoint {
  return {
    pattern: '/mpesa/reversal/v1/request',
    tokenErrors: 'express',
    handle: (body) => {
      const request = readAsyncRequest(body, 'Initiator', initiatorName, clock);
      oneOf(body, 'CommandID', ['TransactionReversal']);
      const receipt = requiredText(body, 'TransactionID');
      const amount = wholeAmount(body);
      const receiverParty = numericCode(body, 'ReceiverParty');
      receiverIdentifierType(body);
      const original = ledger.find(receipt);
      // Partial reversals do not exist; the emulator refuses a mismatched amount at once rather than guess M-Pesa's code.
      if (original && !original.reversedBy && original.amount !== amount) throw invalidField('Amount');
      const outcome = reverse(request.initiatorAccepted, ledger, receipt, receiverParty, request, clock);
      callbacks.send('reversal', request.resultUrl, resultBody(request, outcome));
      return acceptedResponse(request);
    },
  };
}

function reverse(
  initiatorAccepted: boolean,
  ledger: MpesaLedger,
  receipt: string,
  receiverParty: string,
  request: { originatorConversationId: string; conversationId: string },
  clock: Clock,
): ResultOutcome {
  if (!initiatorAccepted) return INVALID_INITIATOR;
  const original = ledger.find(receipt);
  if (!original || original.kind !== 'stk-push') {
    return { code: 'R000002', description: 'The OriginalTransactionID is invalid.' };
  }
  if (original.reversedBy) return { code: 'R000001', description: 'The transaction has already been reversed' };
  const now = clock();
  const reversalReceipt = mpesaReceipt();
  original.reversedBy = reversalReceipt;
  ledger.record({
    receipt: reversalReceipt,
    kind: 'reversal',
    amount: original.amount,
    msisdn: original.msisdn,
    shortcode: receiverParty,
    completedAt: now.toISOString(),
    originatorConversationId: request.originatorConversationId,
    conversationId: request.conversationId,
    reverses: receipt,
  });
  return {
    code: 0,
    description: SUCCESS,
    transactionId: reversalReceipt,
    parameters: [
      { Key: 'DebitAccountBalance', Value: 'Utility Account|KES|0.00|0.00|0.00|0.00' },
      { Key: 'Amount', Value: original.amount },
      { Key: 'TransCompletedTime', Value: Number(formatDarajaTimestamp(now)) },
      { Key: 'OriginalTransactionID', Value: receipt },
      { Key: 'Charge', Value: 0 },
      { Key: 'CreditPartyPublicName', Value: customerName(original.msisdn) },
      { Key: 'DebitPartyPublicName', Value: organisationName(receiverParty) },
    ],
  };
}

/** Daraja's field name is misspelled ("Reciever"); accept the correct spelling too. */
function receiverIdentifierType(body: DarajaBody): void {
  const field = body.RecieverIdentifierType === undefined ? 'ReceiverIdentifierType' : 'RecieverIdentifierType';
  requiredText(body, field);
}
