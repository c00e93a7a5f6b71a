import { type Clock } from '../shared/clock';
import {
  acceptedResponse,
  customerName,
  INVALID_INITIATOR,
  readAsyncRequest,
  resultBody,
  type ResultOutcome,
  SUCCESS,
} from './async-request';
import { type CallbackSender } from './callback-sender';
import { type DarajaEndpoint } from './daraja-api';
import { DarajaError } from './daraja-errors';
import { msisdn, numericCode, oneOf, requiredText, wholeAmount } from './daraja-fields';
import { formatB2cCompletedTime } from './daraja-time';
import { type MpesaLedger } from './mpesa-ledger';
import { mpesaReceipt } from './mpesa-ids';

/** Safaricom's B2C tariff starts at KES 10 and a registered customer can receive KES 250,000 at once. */
const MIN_AMOUNT = 10;
const MAX_AMOUNT = 250_000;
const COMMANDS = ['BusinessPayment', 'SalaryPayment', 'PromotionPayment'];

export interface B2cFloat {
  /** KES available in the B2C utility account; payouts draw it down. */
  available: number;
}

/** Business-to-customer payouts. v3 needs the caller's OriginatorConversationID; v1 makes one up. */
export function b2cEndpoints(
  initiatorName: string,
  ledger: MpesaLedger,
  callbacks: CallbackSender,
  float: B2cFloat,
  clock: Clock,
): DarajaEndpoint[] {
  const seenOriginatorIds = new Set<string>();
  const handle =
    (requireOriginatorId: boolean): DarajaEndpoint['handle'] =>
    (body) => {
      if (requireOriginatorId) requiredText(body, 'OriginatorConversationID', 100);
      const request = readAsyncRequest(body, 'InitiatorName', initiatorName, clock);
      oneOf(body, 'CommandID', COMMANDS);
      const amount = wholeAmount(body);
      const shortcode = numericCode(body, 'PartyA');
      const recipient = msisdn(body, 'PartyB');
      if (seenOriginatorIds.has(request.originatorConversationId)) {
        throw new DarajaError(500, '500.002.1001', 'Duplicate OriginatorConversationID.');
      }
      seenOriginatorIds.add(request.originatorConversationId);
      const outcome = request.initiatorAccepted
        ? payOut(amount, shortcode, recipient, request, ledger, float, clock)
        : INVALID_INITIATOR;
      callbacks.send('b2c', request.resultUrl, resultBody(request, outcome));
      return acceptedResponse(request);
    };
  return [
    { pattern: '/mpesa/b2c/v3/paymentrequest', tokenErrors: 'b2c', handle: handle(true) },
    { pattern: '/mpesa/b2c/v1/paymentrequest', tokenErrors: 'b2c', handle: handle(false) },
  ];
}

function payOut(
  amount: number,
  shortcode: string,
  recipient: string,
  request: { originatorConversationId: string; conversationId: string },
  ledger: MpesaLedger,
  float: B2cFloat,
  clock: Clock,
): ResultOutcome {
  if (amount < MIN_AMOUNT) return { code: 2, description: 'Declined due to limit rule' };
  if (amount > MAX_AMOUNT) {
    return { code: 3, description: 'Declined due to limit rule: greater than the maximum transaction amount.' };
  }
  if (amount > float.available) return { code: 1, description: 'The balance is insufficient for the transaction.' };
  float.available -= amount;
  const now = clock();
  const receipt = mpesaReceipt();
  ledger.record({
    receipt,
    kind: 'b2c',
    amount,
    msisdn: recipient,
    shortcode,
    completedAt: now.toISOString(),
    originatorConversationId: request.originatorConversationId,
    conversationId: request.conversationId,
  });
  return {
    code: 0,
    description: SUCCESS,
    transactionId: receipt,
    parameters: [
      { Key: 'TransactionAmount', Value: amount },
      { Key: 'TransactionReceipt', Value: receipt },
      { Key: 'ReceiverPartyPublicName', Value: customerName(recipient) },
      { Key: 'TransactionCompletedDateTime', Value: formatB2cCompletedTime(now) },
      { Key: 'B2CUtilityAccountAvailableFunds', Value: float.available },
      { Key: 'B2CWorkingAccountAvailableFunds', Value: 0 },
      { Key: 'B2CRecipientIsRegisteredCustomer', Value: 'Y' },
      { Key: 'B2CChargesPaidAccountAvailableFunds', Value: 0 },
    ],
  };
}
