/**
 * Words Safaricom refuses anywhere in a callback URL, in any case, per its URL requirements
 * ("M-PESA, M-Pesa, mpesa, Safaricom, exe, exec, cmd, SQL, query, or any of their variants").
 */
const FORBIDDEN_WORDS = ['m-pesa', 'mpesa', 'safaricom', 'exe', 'exec', 'cmd', 'sql', 'query'];

/** Why Daraja would refuse this callback URL, or undefined when it would accept it. */
export function callbackUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not an absolute URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'not http(s)';
  const lowered = `${url.host}${url.pathname}${url.search}`.toLowerCase();
  const word = FORBIDDEN_WORDS.find((candidate) => lowered.includes(candidate));
  return word ? `contains the word "${word}"` : undefined;
}
