import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** How long an export's emailed link, and the archive, last. */
export const EXPORT_TTL_HOURS = 24;

export type ExportLinkCheck = 'valid' | 'invalid' | 'expired';

/**
 * Signs export download links with a key derived from the subgraph signing secret for this one
 * purpose, so a link signature never passes for an upload or a gateway request signature.
 */
export class ExportLinkSigner {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'data-export-link', 32));
  }

  /** `${base}/exports/<id>?expires=<unix seconds>&sig=<HMAC>` */
  link(base: string, exportId: string, expiresAt: Date): string {
    const expires = String(Math.floor(expiresAt.getTime() / 1000));
    return `${base}/exports/${exportId}?${new URLSearchParams({ expires, sig: this.sign(exportId, expires) }).toString()}`;
  }

  /** The signature is checked before the expiry, so an edited `expires` is invalid, not merely expired. */
  check(exportId: string, expires: unknown, sig: unknown, now: Date): ExportLinkCheck {
    if (typeof expires !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(expires)) return 'invalid';
    const expected = Buffer.from(this.sign(exportId, expires));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
    return Number(expires) * 1000 > now.getTime() ? 'valid' : 'expired';
  }

  private sign(exportId: string, expires: string): string {
    return createHmac('sha256', this.key).update(`${exportId}\n${expires}`).digest('base64url');
  }
}
