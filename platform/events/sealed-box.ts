import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
} from 'node:crypto';

/**
 * Public-key encryption for personal data that must travel in an event: the event log keeps every
 * payload for good, so the payload carries only ciphertext sealed to a recipient's one-off X25519
 * key. Once the recipient deletes its private key, what the log keeps can never be read again.
 * Scheme: ephemeral X25519 agreement, HKDF-SHA256, AES-256-GCM.
 */
export interface SealingKeys {
  /** SPKI DER, base64url: goes into the request event. */
  publicKey: string;
  /** PKCS#8 DER, base64url: stays with the recipient, deleted once the sealed payloads are opened. */
  privateKey: string;
}

const VERSION = 'v1';

export function newSealingKeys(): SealingKeys {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64url'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64url'),
  };
}

function contentKey(shared: Buffer, ephemeralPublic: Buffer, recipientPublic: Buffer): Buffer {
  const context = Buffer.concat([ephemeralPublic, recipientPublic]);
  return Buffer.from(hkdfSync('sha256', shared, context, 'staygraph-sealed-box', 32));
}

/** `v1.<ephemeral public key>.<iv>.<ciphertext>.<tag>`, each base64url. */
export function seal(recipientPublicKey: string, plaintext: string): string {
  const recipientDer = Buffer.from(recipientPublicKey, 'base64url');
  const recipient = createPublicKey({ key: recipientDer, format: 'der', type: 'spki' });
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralDer = ephemeral.publicKey.export({ type: 'spki', format: 'der' });
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient });
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', contentKey(shared, ephemeralDer, recipientDer), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, ephemeralDer, iv, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Opens what `seal` sealed to this key pair; throws when it was sealed to another key or altered. */
export function open(keys: SealingKeys, sealed: string): string {
  const [version, ephemeral, iv, ciphertext, tag] = sealed.split('.');
  if (version !== VERSION || !ephemeral || !iv || !ciphertext || tag === undefined)
    throw new Error('Not a sealed payload');
  const ephemeralDer = Buffer.from(ephemeral, 'base64url');
  const shared = diffieHellman({
    privateKey: createPrivateKey({ key: Buffer.from(keys.privateKey, 'base64url'), format: 'der', type: 'pkcs8' }),
    publicKey: createPublicKey({ key: ephemeralDer, format: 'der', type: 'spki' }),
  });
  const key = contentKey(shared, ephemeralDer, Buffer.from(keys.publicKey, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
