import { newSealingKeys, open, seal } from './sealed-box';

describe('sealed box', () => {
  const keys = newSealingKeys();
  const text = JSON.stringify({ phone: '+254700000000', note: 'Ünïcödé' });

  it('opens what was sealed to its public key, and the ciphertext shows nothing of it', () => {
    const sealed = seal(keys.publicKey, text);
    expect(sealed).not.toContain('254700000000');
    expect(open(keys, sealed)).toBe(text);
    expect(seal(keys.publicKey, text)).not.toBe(sealed);
  });

  it('refuses another key pair, an altered ciphertext and a malformed payload', () => {
    const sealed = seal(keys.publicKey, text);
    expect(() => open(newSealingKeys(), sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = `${parts[3].startsWith('A') ? 'B' : 'A'}${parts[3].slice(1)}`;
    expect(() => open(keys, parts.join('.'))).toThrow();
    expect(() => open(keys, 'v1.abc')).toThrow('Not a sealed payload');
  });
});
