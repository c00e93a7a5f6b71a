/** M-Pesa moves Kenyan shillings only, and only whole ones. */
export const MPESA_CURRENCY = 'KES';

/** KES has two minor digits (cents). */
const CENTS_PER_SHILLING = 100;

export type ShillingAmount =
  | {
      ok: true;
      /** What the STK push asks for. */
      shillings: number;
      /** The same figure in minor units, recorded beside the booking's own total. */
      chargedMinor: number;
    }
  | { ok: false; problem: 'CURRENCY_NOT_SUPPORTED' | 'AMOUNT_TOO_SMALL' };

/**
 * The whole-shilling amount for a booking total. A total with cents is rounded UP: charging less
 * than the booking costs would leave it unpaid, and the guest pays at most 99 cents more.
 */
export function wholeShillings(amountMinor: number, currency: string): ShillingAmount {
  if (currency !== MPESA_CURRENCY) return { ok: false, problem: 'CURRENCY_NOT_SUPPORTED' };
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 1) return { ok: false, problem: 'AMOUNT_TOO_SMALL' };
  const shillings = Math.ceil(amountMinor / CENTS_PER_SHILLING);
  return { ok: true, shillings, chargedMinor: shillings * CENTS_PER_SHILLING };
}

/**
 * A refund of the booking's whole total is a refund of the whole (rounded-up) charge: only then can
 * it be a reversal, which gives back all of a payment or nothing.
 */
export function coversWholeCharge(refundMinor: number, chargedMinor: number): boolean {
  return Math.ceil(refundMinor / CENTS_PER_SHILLING) * CENTS_PER_SHILLING >= chargedMinor;
}

/**
 * Whole shillings to pay back. A part rounds down and "the rest" (or the whole) rounds up, so the
 * refunds of one payment add up to what was charged and never more.
 */
export function refundShillings(refundMinor: number, roundUp: boolean): number {
  return (roundUp ? Math.ceil : Math.floor)(refundMinor / CENTS_PER_SHILLING);
}
