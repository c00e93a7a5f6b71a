import type { Env } from './config-env';

/** The id MFA_ENCRYPTION_KEY goes by, and the one rows sealed before key ids existed were given. */
export const DEFAULT_MFA_KEY_ID = 'default';

export interface MfaKeyring {
  /** Every configured key (32 bytes, base64url) by id: each opens the secrets it sealed. */
  keys: Record<string, string>;
  /** Seals new secrets; unset only when no key is configured. */
  currentKeyId?: string;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * MFA_ENCRYPTION_KEYS (`id:key,id:key`) plus MFA_ENCRYPTION_KEY as the key `default`; the current
 * key is MFA_ENCRYPTION_KEY_ID, or the only key there is. Problems name the variable, never a key.
 */
export function parseMfaKeyring(
  env: Pick<Env, 'MFA_ENCRYPTION_KEY' | 'MFA_ENCRYPTION_KEYS' | 'MFA_ENCRYPTION_KEY_ID'>,
): MfaKeyring | { problems: string[] } {
  const keys: Record<string, string> = {};
  const problems: string[] = [];
  if (env.MFA_ENCRYPTION_KEY) keys[DEFAULT_MFA_KEY_ID] = env.MFA_ENCRYPTION_KEY;
  const entries = (env.MFA_ENCRYPTION_KEYS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  entries.forEach((entry, index) => {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    const key = entry.slice(separator + 1);
    if (separator < 0 || !KEY_ID.test(id))
      problems.push(`MFA_ENCRYPTION_KEYS: entry ${index + 1} must be id:key with an id of letters, digits, - or _`);
    else if (id in keys) problems.push(`MFA_ENCRYPTION_KEYS: key id "${id}" is given twice`);
    else if (Buffer.from(key, 'base64url').length !== 32)
      problems.push(`MFA_ENCRYPTION_KEYS: key "${id}" must be 32 bytes, base64url-encoded`);
    else keys[id] = key;
  });
  const ids = Object.keys(keys);
  const currentKeyId = env.MFA_ENCRYPTION_KEY_ID ?? (ids.length === 1 ? ids[0] : undefined);
  if (env.MFA_ENCRYPTION_KEY_ID && !(env.MFA_ENCRYPTION_KEY_ID in keys))
    problems.push(`MFA_ENCRYPTION_KEY_ID: no key "${env.MFA_ENCRYPTION_KEY_ID}" among the MFA encryption keys`);
  if (ids.length > 1 && !env.MFA_ENCRYPTION_KEY_ID)
    problems.push('MFA_ENCRYPTION_KEY_ID: required to say which of several MFA encryption keys encrypts');
  return problems.length > 0 ? { problems } : { keys, currentKeyId };
}
