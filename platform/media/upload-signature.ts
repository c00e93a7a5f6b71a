import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { uploadPath } from './media-owners';

export type UploadUrlCheck = 'valid' | 'invalid' | 'expired';

/**
 * Signs one owner's upload URLs with a key derived from the subgraph signing secret for this one
 * purpose, so an upload signature can never pass for a gateway request signature or the other way
 * round; the owner is signed too, so one subgraph's upload URL is no good at another.
 */
export class UploadSigner {
  private readonly key: Buffer;

  constructor(
    secret: string,
    private readonly owner: string,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'media-upload', 32));
  }

  /** `${base}/media/uploads/<owner>/<id>?expires=<unix seconds>&signature=<HMAC>`, for one PUT. */
  uploadUrl(base: string, id: string, expiresAt: Date): string {
    const expires = String(Math.floor(expiresAt.getTime() / 1000));
    const query = new URLSearchParams({ expires, signature: this.sign('PUT', id, expires) });
    return `${base}${uploadPath(this.owner, id)}?${query.toString()}`;
  }

  sign(method: string, id: string, expires: string): string {
    return createHmac('sha256', this.key)
      .update(`${method.toUpperCase()}\n${this.owner}\n${id}\n${expires}`)
      .digest('base64url');
  }

  /** The signature is checked before the expiry, so an edited `expires` is invalid, not merely expired. */
  check(method: string, id: string, expires: unknown, signature: unknown, now: Date): UploadUrlCheck {
    if (typeof expires !== 'string' || typeof signature !== 'string' || !/^\d{1,12}$/.test(expires)) return 'invalid';
    const expected = Buffer.from(this.sign(method, id, expires));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
    return Number(expires) * 1000 > now.getTime() ? 'valid' : 'expired';
  }
}
