import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { MfaKeyring } from '../../../platform/runtime/mfa-keyring';

const VERSION = 'v1';

export interface SealedSecret {
  sealed: string;
  /** Stored next to the secret: which key opens it, so keys can rotate and old rows be re-encrypted. */
  keyId: string;
}

/**
 * Encrypts small secrets at rest with AES-256-GCM (TOTP secrets must be readable to check codes,
 * so they cannot be hashed). Format: `v1.<iv>.<tag>.<ciphertext>`, base64url parts. The current key
 * seals; every configured key opens what it sealed.
 */
export class SecretBox {
  private readonly keys = new Map<string, Buffer>();
  readonly currentKeyId: string;

  constructor(keyring: MfaKeyring) {
    for (const [id, key] of Object.entries(keyring.keys)) {
      const bytes = Buffer.from(key, 'base64url');
      if (bytes.length !== 32) throw new Error(`MFA encryption key "${id}" must be 32 bytes, base64url-encoded`);
      this.keys.set(id, bytes);
    }
    if (!keyring.currentKeyId || !this.keys.has(keyring.currentKeyId))
      throw new Error('MFA_ENCRYPTION_KEY_ID must name one of the MFA encryption keys');
    this.currentKeyId = keyring.currentKeyId;
  }

  seal(plaintext: string): SealedSecret {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keyFor(this.currentKeyId), iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const sealed = [VERSION, iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
    return { sealed, keyId: this.currentKeyId };
  }

  open({ sealed, keyId }: SealedSecret): string {
    const [version, iv, tag, ciphertext] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error('Not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.keyFor(keyId), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }

  private keyFor(id: string): Buffer {
    const key = this.keys.get(id);
    // Names the id only: a secret sealed with a key since removed (see the rotation runbook).
    if (!key) throw new Error(`No MFA encryption key "${id}" is configured`);
    return key;
  }
}
