import { randomBytes } from 'node:crypto';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from './recovery-codes';
import { SecretBox } from './secret-box';
import { matchTotp, newTotpSecret, totpCodeAt, totpUri } from './totp';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32).toString('base64url'));

  it('opens what it sealed, with a fresh IV each time', () => {
    const a = box.seal('JBSWY3DPEHPK3PXP');
    expect(a).not.toBe(box.seal('JBSWY3DPEHPK3PXP'));
    expect(box.open(a)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses a tampered ciphertext or another key', () => {
    const sealed = box.seal('secret');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('other!').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
    expect(() => new SecretBox(randomBytes(32).toString('base64url')).open(sealed)).toThrow();
  });

  it('refuses a key of the wrong size', () => {
    expect(() => new SecretBox(randomBytes(16).toString('base64url'))).toThrow(/32 bytes/);
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
