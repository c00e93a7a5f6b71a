import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type ConfigError } from './config';
import { withSecretFiles } from './secret-files';

const dir = mkdtempSync(join(tmpdir(), 'staygraph-secret-files-'));

function secretFile(name: string, contents: string): string {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
}

describe('X_FILE settings', () => {
  it('reads a secret setting from the file its _FILE variable names, without the trailing newline', () => {
    const config = loadConfig({
      SUBGRAPH_SIGNING_SECRET_FILE: secretFile('signing', `${'s'.repeat(40)}\n`),
      DATABASE_URL_FILE: secretFile('database-url', 'postgres://app:pw@db:5432/staygraph\n'),
    });
    expect(config.signing.secret).toBe('s'.repeat(40));
    expect(config.databaseUrl).toBe('postgres://app:pw@db:5432/staygraph');
  });

  it('validates a value read from a file like one from the environment', () => {
    expect(() => loadConfig({ SUBGRAPH_SIGNING_SECRET_FILE: secretFile('short', 'too-short') })).toThrow(
      /SUBGRAPH_SIGNING_SECRET: must be at least 32 characters/,
    );
  });

  it('refuses a setting given both directly and as a file', () => {
    expect(() =>
      loadConfig({ SMTP_URL: 'smtp://mail:25', SMTP_URL_FILE: secretFile('smtp', 'smtp://other:25') }),
    ).toThrow(/SMTP_URL: set both SMTP_URL and SMTP_URL_FILE/);
  });

  it('names a file it cannot read without echoing anything secret', () => {
    expect.assertions(2);
    try {
      loadConfig({ JWT_PRIVATE_KEY_FILE: join(dir, 'missing') });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        `JWT_PRIVATE_KEY_FILE: cannot read ${join(dir, 'missing')} (ENOENT)`,
      ]);
      expect((error as ConfigError).message).toContain('JWT_PRIVATE_KEY_FILE');
    }
  });

  it('resolves the per-subgraph and migration database URLs read outside the main schema', () => {
    const env = withSecretFiles(
      {
        DATABASE_URL_ACCOUNTS_FILE: secretFile('accounts-url', 'postgres://accounts@db/staygraph\n'),
        MIGRATION_DATABASE_URL_FILE: secretFile('migrator-url', 'postgres://migrator@db/staygraph'),
      },
      new Set(),
    );
    expect(env.DATABASE_URL_ACCOUNTS).toBe('postgres://accounts@db/staygraph');
    expect(env.MIGRATION_DATABASE_URL).toBe('postgres://migrator@db/staygraph');
  });

  it('leaves variables that merely end in _FILE alone', () => {
    expect(withSecretFiles({ SOME_TOOL_FILE: '/nonexistent' }, new Set(['DATABASE_URL']))).toEqual({
      SOME_TOOL_FILE: '/nonexistent',
    });
  });
});
