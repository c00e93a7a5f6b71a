import { drawCode, PhoneCodeHasher } from './phone-code';

const ID = '0190a0b0-0000-7000-8000-000000000001';

describe('phone codes', () => {
  it('are six digits', () => {
    for (let i = 0; i < 200; i += 1) expect(drawCode()).toMatch(/^\d{6}$/);
  });

  it('are stored as an HMAC that only the same secret, verification and code match', () => {
    const hasher = new PhoneCodeHasher('s'.repeat(32));
    const stored = hasher.hash(ID, '123456');
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain('123456');
    expect(hasher.matches(ID, '123456', stored)).toBe(true);
    expect(hasher.matches(ID, '123457', stored)).toBe(false);
    expect(hasher.matches(ID.replace(/1$/, '2'), '123456', stored)).toBe(false);
    expect(new PhoneCodeHasher('t'.repeat(32)).matches(ID, '123456', stored)).toBe(false);
  });

  it('key rate limits by a digest, never the number', () => {
    const key = new PhoneCodeHasher('s'.repeat(32)).numberKey('+254712345678');
    expect(key).not.toContain('712345678');
    expect(key).toBe(new PhoneCodeHasher('s'.repeat(32)).numberKey('+254712345678'));
  });
});
