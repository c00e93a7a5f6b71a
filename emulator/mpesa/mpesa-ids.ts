import { randomHex, randomToken } from '../shared/random-token';
import { formatDarajaTimestamp } from './daraja-time';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const UPPER_AND_DIGITS = `${UPPER}0123456789`;
const DIGITS = '0123456789';

/** M-Pesa receipts are ten upper-case characters starting with a letter, e.g. `NLJ7RT61SV`. */
export function mpesaReceipt(): string {
  return randomToken(1, UPPER) + randomToken(9, UPPER_AND_DIGITS);
}

/** e.g. `29115-34620561-1` */
export function merchantRequestId(): string {
  return `${randomToken(5, DIGITS)}-${randomToken(8, DIGITS)}-1`;
}

/** e.g. `ws_CO_191220191020363925`: the request time followed by random digits. */
export function checkoutRequestId(now: Date): string {
  return `ws_CO_${formatDarajaTimestamp(now)}${randomToken(10, DIGITS)}`;
}

/** e.g. `AG_20210706_20106e9209f64bebd05b` */
export function conversationId(now: Date): string {
  return `AG_${formatDarajaTimestamp(now).slice(0, 8)}_${randomHex(20)}`;
}

/** e.g. `f1e2-4b95-a71d-b30d3cdbb7a7735297`, for requests that did not bring their own. */
export function originatorConversationId(): string {
  return `${randomHex(4)}-${randomHex(4)}-${randomHex(4)}-${randomHex(18)}`;
}
