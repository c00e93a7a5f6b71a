import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Daraja's callbacks are not signed: the URL's token is what ties one to a payment or refund.
 * Daraja refuses URLs containing words like "mpesa", "safaricom" or "query", hence the neutral path.
 */
export const CALLBACK_BASE_PATH = '/callbacks/mobile-money';

/** `stk`: an STK push's answer; `result`/`timeout`: a reversal's or payout's; `status`: a Transaction Status answer. */
export const CALLBACK_KINDS = ['stk', 'result', 'timeout', 'status'] as const;
export type CallbackKind = (typeof CALLBACK_KINDS)[number];

/** STK callbacks belong to payments, the others to refunds: a payment's token opens no refund URL. */
const OWNER_OF: Record<CallbackKind, 'payment' | 'refund'> = {
  stk: 'payment',
  result: 'refund',
  timeout: 'refund',
  status: 'refund',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * `<owner id>.<HMAC of it>`: unguessable without the secret, checkable without a lookup table, and
 * the same on every retry of a job, so nothing about it needs storing.
 */
export class CallbackTokens {
  constructor(private readonly secret: string) {}

  tokenFor(kind: CallbackKind, ownerId: string): string {
    return `${ownerId}.${this.mac(OWNER_OF[kind], ownerId)}`;
  }

  url(baseUrl: string, kind: CallbackKind, ownerId: string): string {
    return `${baseUrl}${CALLBACK_BASE_PATH}/${kind}/${this.tokenFor(kind, ownerId)}`;
  }

  /** The payment or refund id a token stands for, or null for anything forged or malformed. */
  ownerOf(kind: CallbackKind, token: string): string | null {
    const [ownerId, mac, ...rest] = token.split('.');
    if (rest.length > 0 || !ownerId || !mac || !UUID.test(ownerId)) return null;
    const expected = Buffer.from(this.mac(OWNER_OF[kind], ownerId));
    const presented = Buffer.from(mac);
    return presented.length === expected.length && timingSafeEqual(presented, expected) ? ownerId : null;
  }

  private mac(owner: 'payment' | 'refund', ownerId: string): string {
    return createHmac('sha256', this.secret).update(`mpesa-callback:${owner}:${ownerId}`).digest('base64url');
  }
}
