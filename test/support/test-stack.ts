import { randomUUID } from 'node:crypto';
import { loadConfig, type Config } from '../../platform/runtime/config';
import type { Logger } from '../../platform/runtime/logger';
import type { Clock } from '../../platform/runtime/clock';
import { startStack, type Stack } from '../../scripts/stack';
import { GraphQLClient } from './graphql-client';

export interface TestStack extends Stack {
  config: Config;
  client: GraphQLClient;
  subgraph: (name: string) => Stack['subgraphs'][number];
}

/**
 * The whole federation in this test file's process, on free ports, against the run's database.
 * `env` overrides configuration, e.g. `{ NODE_ENV: 'production' }`; `loggerFor` gives each process a
 * logger to read (see `LogCapture`).
 */
export async function startTestStack(
  options: { env?: NodeJS.ProcessEnv; clock?: Clock; loggerFor?: (name: string) => Logger } = {},
): Promise<TestStack> {
  // Each stack counts rate limits and keeps its denylist apart from every other test file's.
  const config = loadConfig({ ...process.env, REDIS_KEY_PREFIX: `test:${randomUUID()}:`, ...options.env });
  const stack = await startStack({ config, clock: options.clock, freePorts: true, loggerFor: options.loggerFor });
  return {
    ...stack,
    config,
    client: new GraphQLClient(stack.gateway.url),
    subgraph: (name) => {
      const found = stack.subgraphs.find((s) => s.name === name);
      if (!found) throw new Error(`No subgraph "${name}" in the stack`);
      return found;
    },
  };
}
