import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-staygraph-signature';
export const TIMESTAMP_HEADER = 'x-staygraph-timestamp';
export const CLIENT_IP_HEADER = 'x-staygraph-client-ip';
export const USER_AGENT_HEADER = 'x-staygraph-user-agent';

/** Headers the gateway forwards and signs: changing any of them breaks the signature. */
export const SIGNED_HEADERS = ['authorization', 'x-request-id', CLIENT_IP_HEADER, USER_AGENT_HEADER] as const;

export interface SignableRequest {
  method: string;
  /** Path and query, e.g. `/graphql`. */
  path: string;
  body: string | Buffer;
  headers: Partial<Record<(typeof SIGNED_HEADERS)[number], string>>;
}

function payloadOf(request: SignableRequest, timestamp: string): string {
  return [
    request.method.toUpperCase(),
    request.path,
    timestamp,
    createHash('sha256').update(request.body).digest('hex'),
    ...SIGNED_HEADERS.map((name) => `${name}:${request.headers[name] ?? ''}`),
  ].join('\n');
}

function hmac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/** The headers that prove a request came from the gateway, unchanged, just now. */
export function signRequest(secret: string, request: SignableRequest, now: Date): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: `v1=${hmac(secret, payloadOf(request, timestamp)).toString('hex')}`,
  };
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing' | 'stale' | 'invalid' };

/**
 * Accepts a signature made with any of `secrets`: the current one and, during a rotation, the previous
 * one, so gateways still on the old secret are served while the new one rolls out.
 */
export function verifyRequestSignature(
  secrets: readonly string[],
  request: SignableRequest & { signature?: string; timestamp?: string },
  now: Date,
  toleranceSeconds: number,
): SignatureCheck {
  const { signature, timestamp } = request;
  if (!signature || !timestamp) return { ok: false, reason: 'missing' };
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds) || Math.abs(now.getTime() / 1000 - seconds) > toleranceSeconds)
    return { ok: false, reason: 'stale' };
  const match = /^v1=([0-9a-f]{64})$/.exec(signature);
  if (!match) return { ok: false, reason: 'invalid' };
  const given = Buffer.from(match[1], 'hex');
  const payload = payloadOf(request, timestamp);
  return secrets.some((secret) => timingSafeEqual(given, hmac(secret, payload)))
    ? { ok: true }
    : { ok: false, reason: 'invalid' };
}
