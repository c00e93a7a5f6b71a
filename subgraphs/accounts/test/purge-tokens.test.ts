import { enqueueJob } from '../../../platform/events/jobs';
import { useStackWithWorker } from '../../../test/support/stack-with-worker';
import { waitFor } from '../../../test/support/wait-for';
import { purgeExpiredTokens } from '../session/purge-expired.job';
import { registerUser, signIn } from '../../../test/support/accounts/factories';

const running = useStackWithWorker();

const em = () => running.stack.subgraph('accounts').orm.em.fork();
const count = async (sql: string, id: string) =>
  (await em().execute<{ n: number }[]>(`select count(*)::int as n ${sql}`, [id]))[0].n;

describe('accounts.purge_expired_tokens', () => {
  it('deletes unusable refresh and one-time tokens and keeps the live ones', async () => {
    const stale = await registerUser(running.stack.client);
    const live = await registerUser(running.stack.client);
    await signIn(running.stack.client, stale.email);
    await signIn(running.stack.client, live.email);
    await em().execute(`update accounts.sessions set revoked_at = now() where user_id = ?`, [stale.id]);
    await em().execute(
      `update accounts.one_time_tokens set expires_at = now() - interval '1 minute' where user_id = ?`,
      [stale.id],
    );

    const refreshTokensOf = `from accounts.refresh_tokens r join accounts.sessions s on s.id = r.session_id where s.user_id = ?`;
    const oneTimeTokensOf = `from accounts.one_time_tokens where user_id = ?`;
    expect(await count(refreshTokensOf, stale.id)).toBe(1);
    expect(await count(oneTimeTokensOf, stale.id)).toBe(1);

    await em().transactional((tx) => enqueueJob(tx, purgeExpiredTokens.name, {}));
    await waitFor(
      async () => (await count(refreshTokensOf, stale.id)) === 0 && (await count(oneTimeTokensOf, stale.id)) === 0,
      {
        what: 'the purge',
      },
    );
    expect(await count(refreshTokensOf, live.id)).toBe(1);
    expect(await count(oneTimeTokensOf, live.id)).toBe(1);
  });
});
