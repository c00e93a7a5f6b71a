/** Why a phone number cannot receive an M-Pesa prompt; shown to the guest as a field error. */
export type PhoneNumberProblem = 'INVALID_FORMAT' | 'NOT_KENYAN' | 'NOT_MOBILE';

export type PhoneNumberResult = { ok: true; msisdn: string } | { ok: false; problem: PhoneNumberProblem };

/** Kenyan mobile numbers: 07XX XXX XXX and 01XX XXX XXX, written in any of the ways people type them. */
const KENYAN = /^(?:\+?254|0)(\d{9})$/;

/**
 * Normalises what a guest types (`0712 345 678`, `+254-712-345678`, `254712345678`) to the
 * `2547XXXXXXXX` / `2541XXXXXXXX` form Daraja takes as PartyA and PhoneNumber.
 */
export function normalizeMpesaPhoneNumber(input: string): PhoneNumberResult {
  const compact = input.trim().replace(/[\s\-().]/g, '');
  if (!/^\+?\d{9,15}$/.test(compact)) return { ok: false, problem: 'INVALID_FORMAT' };
  const match = KENYAN.exec(compact);
  // A local (0…) or +254 number of the wrong length is mistyped; any other prefix is another country's.
  if (!match) return { ok: false, problem: /^(?:\+?254|0)/.test(compact) ? 'INVALID_FORMAT' : 'NOT_KENYAN' };
  const subscriber = match[1];
  if (!/^[71]/.test(subscriber)) return { ok: false, problem: 'NOT_MOBILE' };
  return { ok: true, msisdn: `254${subscriber}` };
}
