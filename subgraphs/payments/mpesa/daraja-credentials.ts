/** Kenya has one offset all year (EAT, UTC+3), and Daraja checks timestamps in it. */
const NAIROBI_OFFSET_MS = 3 * 60 * 60 * 1000;

/** `YYYYMMDDHHmmss` in Africa/Nairobi time: the `Timestamp` of an STK push and its query. */
export function darajaTimestamp(instant: Date): string {
  return new Date(instant.getTime() + NAIROBI_OFFSET_MS).toISOString().slice(0, 19).replace(/[-T:]/g, '');
}

/** The STK `Password`: base64 of shortcode, passkey and the request's own Timestamp. */
export function stkPassword(shortcode: string, passkey: string, timestamp: string): string {
  return Buffer.from(`${shortcode}${passkey}${timestamp}`, 'utf8').toString('base64');
}
