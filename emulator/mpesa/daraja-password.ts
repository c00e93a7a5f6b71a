/** The STK Push `Password`: base64 of shortcode, passkey and the request's `Timestamp`, concatenated. */
export function darajaPassword(shortcode: string, passkey: string, timestamp: string): string {
  return Buffer.from(`${shortcode}${passkey}${timestamp}`, 'utf8').toString('base64');
}
