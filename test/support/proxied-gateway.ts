import { startGateway, type RunningGateway } from '../../gateway';
import { loadConfig, type Config } from '../../platform/runtime/config';
import { createLogger } from '../../platform/runtime/logger';
import { GraphQLClient } from './graphql-client';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';
import type { TestStack } from './test-stack';

export interface ProxiedGateway {
  gateway: RunningGateway;
  client: GraphQLClient;
  /** One per subgraph, in the stack's order. */
  proxies: RecordingProxy[];
  /** Requests the subgraphs have received so far. */
  subgraphCalls: () => number;
  stop: () => Promise<void>;
}

/**
 * A second gateway over a running stack whose every subgraph call passes a recording proxy, to
 * prove what reaches the subgraphs (and what does not). `config` defaults to the environment's.
 */
export async function startProxiedGateway(stack: TestStack, config: Config = loadConfig()): Promise<ProxiedGateway> {
  const proxies = await Promise.all(stack.subgraphs.map((s) => startRecordingProxy(s.url)));
  const gateway = await startGateway({
    config: { ...config, subgraphUrls: Object.fromEntries(stack.subgraphs.map((s, i) => [s.name, proxies[i].url])) },
    logger: createLogger({ level: 'silent', name: 'gateway' }),
    port: 0,
  });
  return {
    gateway,
    client: new GraphQLClient(gateway.url),
    proxies,
    subgraphCalls: () => proxies.reduce((n, p) => n + p.seen.length, 0),
    stop: async () => {
      await gateway.stop();
      await Promise.all(proxies.map((p) => p.close()));
    },
  };
}
