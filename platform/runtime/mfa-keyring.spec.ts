import { randomBytes } from 'node:crypto';
import { loadConfig } from './config';
import { parseMfaKeyring } from './mfa-keyring';

const keyA = randomBytes(32).toString('base64url');
const keyB = randomBytes(32).toString('base64url');

describe('MFA encryption keys', () => {
  it('take MFA_ENCRYPTION_KEY alone as the current key "default"', () => {
    expect(parseMfaKeyring({ MFA_ENCRYPTION_KEY: keyA })).toEqual({ keys: { default: keyA }, currentKeyId: 'default' });
  });

  it('add MFA_ENCRYPTION_KEYS, the current one named by MFA_ENCRYPTION_KEY_ID', () => {
    expect(
      parseMfaKeyring({ MFA_ENCRYPTION_KEY: keyA, MFA_ENCRYPTION_KEYS: `k2:${keyB}`, MFA_ENCRYPTION_KEY_ID: 'k2' }),
    ).toEqual({ keys: { default: keyA, k2: keyB }, currentKeyId: 'k2' });
    expect(parseMfaKeyring({ MFA_ENCRYPTION_KEYS: ` k2:${keyB} ` })).toEqual({
      keys: { k2: keyB },
      currentKeyId: 'k2',
    });
  });

  it('name every mistake without showing a key', () => {
    const result = parseMfaKeyring({
      MFA_ENCRYPTION_KEYS: `k2:${keyB},k2:${keyA},bad key:${keyA},short:${randomBytes(8).toString('base64url')}`,
      MFA_ENCRYPTION_KEY_ID: 'k9',
    });
    const problems = 'problems' in result ? result.problems : [];
    expect(problems).toEqual([
      'MFA_ENCRYPTION_KEYS: key id "k2" is given twice',
      'MFA_ENCRYPTION_KEYS: entry 3 must be id:key with an id of letters, digits, - or _',
      'MFA_ENCRYPTION_KEYS: key "short" must be 32 bytes, base64url-encoded',
      'MFA_ENCRYPTION_KEY_ID: no key "k9" among the MFA encryption keys',
    ]);
    expect(JSON.stringify(problems)).not.toContain(keyA);
  });

  it('ask which key encrypts when there are several', () => {
    expect(() => loadConfig({ MFA_ENCRYPTION_KEY: keyA, MFA_ENCRYPTION_KEYS: `k2:${keyB}` })).toThrow(
      /MFA_ENCRYPTION_KEY_ID: required/,
    );
  });
});
