import { createHash } from 'node:crypto';
import { startGateway, type RunningGateway } from '../../gateway';
import { loadConfig } from '../../platform/runtime/config';
import { createLogger } from '../../platform/runtime/logger';
import { GraphQLClient } from './graphql-client';
import type { TestStack } from './test-stack';

/** A development gateway over a running stack's subgraphs, with its own settings and a log to read. */
export async function startLoggedGateway(
  stack: TestStack,
  env: Record<string, string>,
): Promise<{ gateway: RunningGateway; client: GraphQLClient; lines: Record<string, unknown>[] }> {
  const lines: Record<string, unknown>[] = [];
  const destination = { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) };
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    REDIS_KEY_PREFIX: `test:${createHash('sha256').update(String(Math.random())).digest('hex')}:`,
    ...env,
  });
  const gateway = await startGateway({
    config: { ...config, subgraphUrls: Object.fromEntries(stack.subgraphs.map((s) => [s.name, s.url])) },
    logger: createLogger({ level: 'info', name: 'gateway', destination }),
    port: 0,
  });
  return { gateway, client: new GraphQLClient(gateway.url), lines };
}
