import { randomBytes } from 'node:crypto';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from './recovery-codes';
import { SecretBox } from './secret-box';
import { matchTotp, newTotpSecret, totpCodeAt, totpUri } from './totp';

describe('SecretBox', () => {
  const keyA = randomBytes(32).toString('base64url');
  const keyB = randomBytes(32).toString('base64url');
  const box = new SecretBox({ keys: { a: keyA }, currentKeyId: 'a' });

  it('opens what it sealed, with a fresh IV each time, naming the key it used', () => {
    const a = box.seal('JBSWY3DPEHPK3PXP');
    expect(a.keyId).toBe('a');
    expect(a.sealed).not.toBe(box.seal('JBSWY3DPEHPK3PXP').sealed);
    expect(box.open(a)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses a tampered ciphertext or another key', () => {
    const sealed = box.seal('secret');
    const parts = sealed.sealed.split('.');
    parts[3] = Buffer.from('other!').toString('base64url');
    expect(() => box.open({ ...sealed, sealed: parts.join('.') })).toThrow();
    const other = new SecretBox({ keys: { a: randomBytes(32).toString('base64url') }, currentKeyId: 'a' });
    expect(() => other.open(sealed)).toThrow();
  });

  it('seals with the current key and still opens secrets of the older ones', () => {
    const old = box.seal('secret');
    const rotated = new SecretBox({ keys: { a: keyA, b: keyB }, currentKeyId: 'b' });
    expect(rotated.seal('secret').keyId).toBe('b');
    expect(rotated.open(old)).toBe('secret');
    const withoutA = new SecretBox({ keys: { b: keyB }, currentKeyId: 'b' });
    expect(() => withoutA.open(old)).toThrow('No MFA encryption key "a" is configured');
  });

  it('refuses a key of the wrong size or a current key it does not have', () => {
    expect(() => new SecretBox({ keys: { a: randomBytes(16).toString('base64url') }, currentKeyId: 'a' })).toThrow(
      /32 bytes/,
    );
    expect(() => new SecretBox({ keys: { a: keyA }, currentKeyId: 'b' })).toThrow(/MFA_ENCRYPTION_KEY_ID/);
  });
});

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-11-28T12:00:10Z');

  it('accepts the current code and one step either side, nothing further', () => {
    expect(matchTotp(secret, totpCodeAt(secret, now), now, null)).not.toBeNull();
    expect(matchTotp(secret, totpCodeAt(secret, new Date(now.getTime() - 30_000)), now, null)).not.toBeNull();
    expect(matchTotp(secret, totpCodeAt(secret, new Date(now.getTime() + 30_000)), now, null)).not.toBeNull();
    expect(matchTotp(secret, totpCodeAt(secret, new Date(now.getTime() - 90_000)), now, null)).toBeNull();
  });

  it('refuses a code whose step was already used (no replay)', () => {
    const step = matchTotp(secret, totpCodeAt(secret, now), now, null);
    expect(matchTotp(secret, totpCodeAt(secret, now), now, step)).toBeNull();
  });

  it('refuses codes that are not six digits', () => {
    expect(matchTotp(secret, 'abcdef', now, null)).toBeNull();
    expect(matchTotp(secret, '12345', now, null)).toBeNull();
  });

  it('describes itself as an otpauth URI for authenticator apps', () => {
    expect(totpUri(secret, 'ada@example.com')).toMatch(/^otpauth:\/\/totp\/StayGraph:ada%40example\.com\?.*secret=/);
  });
});

describe('recovery codes', () => {
  it('are ten distinct 80-bit codes in groups of four', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  });

  it('hash the same however they are typed back', () => {
    const [code] = newRecoveryCodes();
    expect(hashRecoveryCode(code.toLowerCase().replace(/-/g, ' '))).toBe(hashRecoveryCode(code));
    expect(looksLikeRecoveryCode(code.toLowerCase())).toBe(true);
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });
});
