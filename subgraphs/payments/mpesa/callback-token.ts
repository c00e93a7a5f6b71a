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
  /**
   * `previous`: during a signing secret rotation, URLs handed to Daraja before it (payments in flight)
   * still open; new URLs use `secret`.
   */
  constructor(
    private readonly secret: string,
    private readonly previous?: string,
  ) {}

  tokenFor(kind: CallbackKind, ownerId: string): string {
    return `${ownerId}.${this.mac(this.secret, OWNER_OF[kind], ownerId)}`;
  }

  url(baseUrl: string, kind: CallbackKind, ownerId: string): string {
    return `${baseUrl}${CALLBACK_BASE_PATH}/${kind}/${this.tokenFor(kind, ownerId)}`;
  }

  /** The payment or refund id a token stands for, or null for anything forged or malformed. */
  ownerOf(kind: CallbackKind, token: string): string | null {
    const [ownerId, mac, ...rest] = token.split('.');
    if (rest.length > 0 || !ownerId || !mac || !UUID.test(ownerId)) return null;
    const presented = Buffer.from(mac);
    const genuine = [this.secret, ...(this.previous ? [this.previous] : [])].some((secret) => {
      const expected = Buffer.from(this.mac(secret, OWNER_OF[kind], ownerId));
      return presented.length === expected.length && timingSafeEqual(presented, expected);
    });
    return genuine ? ownerId : null;
  }

  private mac(secret: string, owner: 'payment' | 'refund', ownerId: string): string {
    return createHmac('sha256', secret).update(`mpesa-callback:${owner}:${ownerId}`).digest('base64url');
  }
}
