/** What an STK push's ResultCode means for the payment, with a reason the guest can act on. */
export type StkOutcome =
  { status: 'SUCCEEDED'; code: string } | { status: 'FAILED'; code: string; reason: string } | { status: 'PENDING' };

/** Result codes M-Pesa reports for STK pushes that the guest can do something about. */
const FAILURE_REASONS: Record<string, string> = {
  '1': 'The M-Pesa balance is too low for this payment.',
  '1032': 'The payment was cancelled on the phone.',
  '1037': 'The phone could not be reached or the M-Pesa prompt was not answered in time.',
  '1019': 'The M-Pesa prompt expired before it was answered.',
  '2001': 'The M-Pesa PIN was wrong.',
  '1001': 'Another M-Pesa payment is in progress on this phone; try again in a minute.',
  '1025': 'M-Pesa could not send the prompt to the phone; try again.',
  '9999': 'M-Pesa could not send the prompt to the phone; try again.',
  '17': 'M-Pesa declined the payment (transaction limit).',
  '26': 'M-Pesa is busy; try again shortly.',
};

const GENERIC_FAILURE = 'M-Pesa did not complete the payment';

/** Reads the ResultCode of an STK callback or STK Push Query answer (Daraja sends it as a number or a string). */
export function stkOutcome(resultCode: string | number | undefined): StkOutcome {
  if (resultCode === undefined || resultCode === '') return { status: 'PENDING' };
  const code = String(resultCode).trim();
  if (code === '0') return { status: 'SUCCEEDED', code };
  return { status: 'FAILED', code, reason: FAILURE_REASONS[code] ?? `${GENERIC_FAILURE} (code ${code}).` };
}

/**
 * Reversal, B2C and Transaction Status report through a Result message; these are the codes that
 * settle a refund one way or the other. Anything else is a failure an admin has to look at.
 */
export function asyncResultReason(resultCode: string | number): string {
  const code = String(resultCode).trim();
  const known: Record<string, string> = {
    '0': 'Completed.',
    R000001: 'The payment was already reversed.',
    R000002: 'M-Pesa does not know the original transaction.',
    '1': 'The B2C account balance is too low for this payout.',
    '2': 'The amount is below the M-Pesa payout minimum.',
    '3': 'The amount is above the M-Pesa payout maximum.',
    '2001': 'The M-Pesa initiator credentials were refused.',
    '2032': 'M-Pesa does not know this transaction.',
  };
  return known[code] ?? `M-Pesa refused the request (code ${code}).`;
}
