import { DatabaseError } from 'pg';
import { createLogger } from '../platform/runtime/logger';
import { graphileLogger } from './graphile-logger';

describe('graphileLogger', () => {
  it('logs a failed job without the quoted driver text, its stack or its payload', () => {
    const lines: string[] = [];
    const logger = graphileLogger(
      createLogger({ level: 'info', name: 'worker', destination: { write: (l: string) => lines.push(l) } }),
    );
    const error = Object.assign(
      new DatabaseError(`update "accounts"."users" set "email" = 'alice@example.com' - deadlock detected`, 90, 'error'),
      { code: '40P01', severity: 'ERROR', table: 'users' },
    );
    const job = {
      id: '7',
      task_identifier: 'accounts.send_token_email',
      attempts: 2,
      max_attempts: 25,
      payload: { tokenId: 't-secret' },
    };
    logger
      .scope({ label: 'worker' })
      .error(
        `Failed task 7 (accounts.send_token_email, 12.00ms, attempt 2 of 25) with error '${error.message}':\n  ${error.stack}`,
        {
          failure: true,
          job,
          error,
          duration: 12,
        },
      );
    const [line] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(line).toMatchObject({
      msg: 'Failed task 7 (accounts.send_token_email, 12.00ms, attempt 2 of 25)',
      err: { type: 'DatabaseError', code: '40P01', table: 'users' },
      job: { id: '7', task: 'accounts.send_token_email', attempts: 2, maxAttempts: 25 },
    });
    expect(lines.join('')).not.toMatch(/alice@example\.com|update "accounts"|t-secret/);
  });
});
