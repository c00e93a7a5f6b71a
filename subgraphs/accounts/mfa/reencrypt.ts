import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_MFA_KEY_ID } from '../../../platform/runtime/mfa-keyring';
import type { SecretBox } from './secret-box';

const BATCH = 200;

export interface ReencryptOutcome {
  /** Secrets moved to the current key by this run. */
  reencrypted: number;
  /** Secrets per key id afterwards: once only the current key is left, the others can be removed. */
  byKey: Record<string, number>;
}

/**
 * Re-seals every TOTP secret held under another key than the current one, a batch per transaction
 * with the rows locked (an enrolment or sign-in meanwhile waits, and sees the new key). Idempotent.
 */
export async function reencryptMfaSecrets(em: EntityManager, box: SecretBox): Promise<ReencryptOutcome> {
  let reencrypted = 0;
  for (;;) {
    const moved = await em.transactional(async (tx) => {
      const rows = await tx.execute<{ id: string; mfa_secret: string; mfa_key_id: string }[]>(
        `select id, mfa_secret, coalesce(mfa_key_id, ?) as mfa_key_id from accounts.users
         where mfa_secret is not null and coalesce(mfa_key_id, ?) <> ?
         order by id limit ? for update`,
        [DEFAULT_MFA_KEY_ID, DEFAULT_MFA_KEY_ID, box.currentKeyId, BATCH],
      );
      for (const row of rows) {
        const { sealed, keyId } = box.seal(box.open({ sealed: row.mfa_secret, keyId: row.mfa_key_id }));
        await tx.execute('update accounts.users set mfa_secret = ?, mfa_key_id = ? where id = ?', [
          sealed,
          keyId,
          row.id,
        ]);
      }
      return rows.length;
    });
    reencrypted += moved;
    if (moved < BATCH) break;
  }
  const counts = await em.execute<{ key_id: string; secrets: string }[]>(
    `select coalesce(mfa_key_id, ?) as key_id, count(*) as secrets from accounts.users
     where mfa_secret is not null group by 1 order by 1`,
    [DEFAULT_MFA_KEY_ID],
  );
  return { reencrypted, byKey: Object.fromEntries(counts.map((c) => [c.key_id, Number(c.secrets)])) };
}
