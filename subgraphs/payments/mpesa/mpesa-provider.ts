import { PaymentProvider } from '../../../contracts/enums/payments';
import type {
  CancelChargeResult,
  ChargeStatus,
  PaymentProviderClient,
  RefundRefs,
  RefundResult,
  RefundStatus,
  StartChargeInput,
  StartChargeResult,
  StartRefundInput,
} from '../providers/payment-provider';
import { mpesaBookingReference } from './booking-reference';
import type { CallbackTokens } from './callback-token';
import type { DarajaClient } from './daraja-client';
import { DarajaRefusal, DarajaUnavailable } from './daraja-errors';
import { normalizeMpesaPhoneNumber } from './phone-number';
import { coversWholeCharge, MPESA_CURRENCY, refundShillings, wholeShillings } from './shilling-amount';
import { stkOutcome } from './stk-result';

/** Safaricom's B2C tariff starts at KES 10: a smaller partial refund cannot be paid out. */
const B2C_MINIMUM_SHILLINGS = 10;
const CENTS_PER_SHILLING = 100;

/**
 * M-Pesa behind the provider interface: STK push to charge, STK Push Query as the only truth,
 * Transaction Reversal for a full refund of a payment with a receipt, B2C for everything else.
 * Reversal, B2C and status answers arrive later by callback to the refund's token URL.
 */
export class MpesaProvider implements PaymentProviderClient {
  readonly name = PaymentProvider.MPESA;

  constructor(
    private readonly daraja: DarajaClient,
    private readonly tokens: CallbackTokens,
    private readonly callbackBaseUrl: string,
  ) {}

  supportsCurrency(currency: string): boolean {
    return currency === MPESA_CURRENCY;
  }

  async startCharge(input: StartChargeInput): Promise<StartChargeResult> {
    const amount = wholeShillings(input.amountMinor, input.currency);
    if (!amount.ok) return { kind: 'refused', code: 'CURRENCY_NOT_SUPPORTED', message: 'M-Pesa takes KES only.' };
    const phone = normalizeMpesaPhoneNumber(input.phoneNumber ?? '');
    if (!phone.ok) {
      return {
        kind: 'refused',
        code: 'INVALID_PHONE_NUMBER',
        message: 'Enter a Kenyan M-Pesa number such as 0712 345 678 or +254 712 345 678.',
      };
    }
    try {
      const push = await this.daraja.stkPush({
        amount: amount.shillings,
        msisdn: phone.msisdn,
        callbackUrl: this.tokens.url(this.callbackBaseUrl, 'stk', input.paymentId),
        ...mpesaBookingReference(input.bookingId),
      });
      return {
        kind: 'started',
        providerReference: push.checkoutRequestId,
        chargedMinor: amount.chargedMinor,
        customerMessage: `Check your phone and enter your M-Pesa PIN to pay KES ${amount.shillings}.`,
        payerPhone: phone.msisdn,
      };
    } catch (error) {
      if (error instanceof DarajaRefusal && error.isSubscriberLocked) {
        return {
          kind: 'refused',
          code: 'REJECTED',
          message: 'Another M-Pesa payment is waiting on this phone; answer or cancel it, then try again.',
        };
      }
      if (error instanceof DarajaRefusal && error.httpStatus === 400 && !error.isInvalidToken) {
        return { kind: 'refused', code: 'REJECTED', message: 'M-Pesa refused the payment request.' };
      }
      if (error instanceof DarajaRefusal || error instanceof DarajaUnavailable) return { kind: 'unavailable' };
      throw error;
    }
  }

  async chargeStatus(providerReference: string): Promise<ChargeStatus> {
    const answer = await this.daraja.stkPushQuery(providerReference);
    if (answer.state === 'processing') return { kind: 'pending' };
    const outcome = stkOutcome(answer.resultCode);
    if (outcome.status === 'SUCCEEDED') return { kind: 'succeeded' };
    if (outcome.status === 'FAILED')
      return { kind: 'failed', reason: outcome.reason, attemptReference: providerReference };
    return { kind: 'pending' };
  }

  /** An STK prompt cannot be withdrawn; a payment approved after its booking ended is refunded instead. */
  cancelCharge(): Promise<CancelChargeResult> {
    return Promise.resolve({ kind: 'not_cancellable' });
  }

  async startRefund(input: StartRefundInput): Promise<RefundResult> {
    const urls = {
      resultUrl: this.tokens.url(this.callbackBaseUrl, 'result', input.refundId),
      queueTimeOutUrl: this.tokens.url(this.callbackBaseUrl, 'timeout', input.refundId),
    };
    const remarks = `Refund ${mpesaBookingReference(input.bookingId).accountReference}`;
    const wholeCharge = coversWholeCharge(input.amountMinor, input.payment.chargedMinor);
    try {
      // Reversal gives back the whole charge or nothing, so it serves only a refund of all of an untouched payment.
      if (wholeCharge && input.payment.receipt) {
        await this.daraja.reversal({
          receipt: input.payment.receipt,
          shillings: input.payment.chargedMinor / CENTS_PER_SHILLING,
          originatorConversationId: input.refundId,
          remarks,
          ...urls,
        });
        return { kind: 'pending', reference: input.refundId };
      }
      const shillings = refundShillings(input.amountMinor, input.full || wholeCharge);
      if (shillings < B2C_MINIMUM_SHILLINGS) {
        return { kind: 'failed', reason: `M-Pesa pays out at least KES ${B2C_MINIMUM_SHILLINGS}.` };
      }
      const phone = normalizeMpesaPhoneNumber(input.phoneNumber ?? '');
      if (!phone.ok) return { kind: 'failed', reason: "The guest's M-Pesa number is not known." };
      await this.daraja.b2c({
        msisdn: phone.msisdn,
        shillings,
        originatorConversationId: input.refundId,
        remarks,
        ...urls,
      });
      return { kind: 'pending', reference: input.refundId };
    } catch (error) {
      // A retried payout whose first request got through: the Result will still come.
      if (error instanceof DarajaRefusal && error.errorCode === '500.002.1001') {
        return { kind: 'pending', reference: input.refundId };
      }
      throw error;
    }
  }

  /**
   * Asks Transaction Status about the reversal or payout (by our OriginatorConversationID); its
   * answer arrives at the refund's status URL, so the refund stays pending until then.
   */
  async refundStatus(refund: RefundRefs): Promise<RefundStatus> {
    await this.daraja.transactionStatus({
      originalConversationId: refund.reference,
      remarks: 'Refund reconciliation',
      resultUrl: this.tokens.url(this.callbackBaseUrl, 'status', refund.refundId),
      queueTimeOutUrl: this.tokens.url(this.callbackBaseUrl, 'timeout', refund.refundId),
    });
    return { kind: 'pending' };
  }
}
