import { readFileSync } from 'node:fs';
import { ConfigError } from './config-error';

// Per-process database URLs (the worker's one per subgraph, the migrator's) are read beside the schema.
const PER_PROCESS_DATABASE_URL = /^(MIGRATION_DATABASE_URL|DATABASE_URL_[A-Z0-9_]+)$/;

/**
 * Every setting `X` may instead be given as `X_FILE`, a path read once at start: Kubernetes
 * Secret volumes and Docker secrets hand secrets over as files, which keeps them out of the
 * process environment (and so out of `ps e`, crash dumps and child processes).
 * Trailing whitespace is dropped (files usually end in a newline). Setting both is refused as
 * ambiguous; a file that cannot be read is named, its contents never are.
 */
export function withSecretFiles(env: NodeJS.ProcessEnv, settings: ReadonlySet<string>): NodeJS.ProcessEnv {
  const resolved: NodeJS.ProcessEnv = { ...env };
  const problems: string[] = [];
  for (const [name, path] of Object.entries(env)) {
    const setting = name.endsWith('_FILE') ? name.slice(0, -'_FILE'.length) : undefined;
    if (!setting || path === undefined || (!settings.has(setting) && !PER_PROCESS_DATABASE_URL.test(setting))) continue;
    if (env[setting] !== undefined) {
      problems.push(`${setting}: set both ${setting} and ${name}; set only one`);
      continue;
    }
    try {
      resolved[setting] = readFileSync(path, 'utf8').trimEnd();
    } catch (error) {
      problems.push(`${name}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return resolved;
}
