import { hash } from '@node-rs/argon2';
import { isCommonPassword } from './common-passwords';
import { hashPassword, needsRehash, verifyPassword } from './password';

describe('passwords', () => {
  it('are hashed with argon2id at the current parameters and verify', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(needsRehash(stored)).toBe(false);
    expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(stored, 'Correct horse battery staple')).toBe(false);
  });

  it('need a rehash when made with weaker parameters', async () => {
    expect(needsRehash(await hash('x'.repeat(12), { memoryCost: 8192, timeCost: 1, parallelism: 1 }))).toBe(true);
  });

  it.each(['password', 'Password123', 'qwertyuiop', '1234567890'])('%s is a common password', (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it('a long random passphrase is not common', () => {
    expect(isCommonPassword('violet-harbor-tuesday-42')).toBe(false);
  });
});
