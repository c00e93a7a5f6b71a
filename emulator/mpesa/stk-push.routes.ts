import { type Clock } from '../shared/clock';
import { type DarajaEndpoint } from './daraja-api';
import { DarajaError, invalidField } from './daraja-errors';
import {
  callbackUrl,
  type DarajaBody,
  msisdn,
  numericCode,
  oneOf,
  optionalText,
  requiredText,
  wholeAmount,
} from './daraja-fields';
import { darajaPassword } from './daraja-password';
import { parseDarajaTimestamp } from './daraja-time';
import { checkoutRequestId, merchantRequestId } from './mpesa-ids';
import { type StkPushes } from './stk-pushes';

export interface LipaNaMpesaCredentials {
  shortcode: string;
  passkey: string;
}

const ACCEPTED = 'Success. Request accepted for processing';

/** M-Pesa Express: the PIN prompt request and its status query. */
export function stkPushEndpoints(
  credentials: LipaNaMpesaCredentials,
  pushes: StkPushes,
  clock: Clock,
): DarajaEndpoint[] {
  return [
    {
      pattern: '/mpesa/stkpush/v1/processrequest',
      tokenErrors: 'express',
      handle: (body) => {
        const shortcode = authenticated(body, credentials);
        const push = {
          businessShortCode: shortcode,
          transactionType: oneOf(body, 'TransactionType', ['CustomerPayBillOnline', 'CustomerBuyGoodsOnline']),
          amount: wholeAmount(body),
          partyA: msisdn(body, 'PartyA'),
          partyB: numericCode(body, 'PartyB'),
          phoneNumber: msisdn(body, 'PhoneNumber'),
          callbackUrl: callbackUrl(body, 'CallBackURL'),
          accountReference: requiredText(body, 'AccountReference', 12),
          transactionDesc: optionalText(body, 'TransactionDesc', 13),
        };
        if (pushes.pendingFor(push.phoneNumber)) {
          throw new DarajaError(
            500,
            '500.001.1001',
            'Unable to lock subscriber, a transaction is already in process for the current subscriber',
          );
        }
        const started = pushes.start({
          ...push,
          checkoutRequestId: checkoutRequestId(clock()),
          merchantRequestId: merchantRequestId(),
          requestedAt: clock().toISOString(),
        });
        return {
          MerchantRequestID: started.merchantRequestId,
          CheckoutRequestID: started.checkoutRequestId,
          ResponseCode: '0',
          ResponseDescription: ACCEPTED,
          CustomerMessage: ACCEPTED,
        };
      },
    },
    {
      pattern: '/mpesa/stkpushquery/v1/query',
      tokenErrors: 'express',
      handle: (body) => {
        authenticated(body, credentials);
        const push = pushes.find(requiredText(body, 'CheckoutRequestID'));
        if (!push) throw invalidField('CheckoutRequestID');
        if (!push.result) throw new DarajaError(500, '500.001.1001', 'The transaction is being processed');
        return {
          ResponseCode: '0',
          ResponseDescription: 'The service request has been accepted successfully',
          MerchantRequestID: push.merchantRequestId,
          CheckoutRequestID: push.checkoutRequestId,
          ResultCode: String(push.result.resultCode),
          ResultDesc: push.result.resultDesc,
        };
      },
    },
  ];
}

/** Checks shortcode, Timestamp and the Password derived from them; both Express calls carry all three. */
function authenticated(body: DarajaBody, credentials: LipaNaMpesaCredentials): string {
  const shortcode = numericCode(body, 'BusinessShortCode');
  const password = requiredText(body, 'Password');
  const timestamp = requiredText(body, 'Timestamp');
  if (!parseDarajaTimestamp(timestamp)) throw invalidField('Timestamp');
  if (shortcode !== credentials.shortcode) throw new DarajaError(500, '500.001.1001', 'Merchant does not exist');
  if (password !== darajaPassword(shortcode, credentials.passkey, timestamp)) {
    throw new DarajaError(500, '500.001.1001', 'Wrong credentials');
  }
  return shortcode;
}
