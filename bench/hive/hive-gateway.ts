import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { signRequest } from '../../platform/graphql/request-signing';
import { SUPERGRAPH_PATH } from '../../gateway/supergraph-path';
import { subgraphUrls } from '../gateway/environment';

/**
 * Signs every subgraph request as our gateway does (platform/graphql/request-signing), over the
 * exact bytes sent: wrapping the fetch itself sees the headers every other plugin has set.
 */
function signingPlugin(secret: string): GatewayPlugin {
  return {
    onFetch({ fetchFn, setFetchFn }) {
      setFetchFn((url, options, ...rest) => {
        const headers = { ...(options?.headers as Record<string, string> | undefined) };
        const { pathname, search } = new URL(url);
        const signature = signRequest(
          secret,
          {
            method: options?.method ?? 'GET',
            path: `${pathname}${search}`,
            body: typeof options?.body === 'string' ? options.body : '',
            headers: { authorization: headers.authorization, 'x-request-id': headers['x-request-id'] },
          },
          new Date(),
        );
        return fetchFn(url, { ...options, headers: { ...headers, ...signature } }, ...rest);
      });
    },
  };
}

/** The committed supergraph with each subgraph's URL pointed at the bench's. */
function supergraph(urls: Record<string, string>): string {
  return readFileSync(SUPERGRAPH_PATH, 'utf8').replace(
    /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (whole, name: string) => (urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole),
  );
}

/**
 * Hive Gateway in its default configuration (in-flight deduplication of subgraph queries on), with
 * the client's token forwarded and requests signed, listening on BENCH_HIVE_PORT; BENCH_HIVE_DEDUP=off
 * turns deduplication off.
 */
function main(): void {
  const secret = process.env.SUBGRAPH_SIGNING_SECRET;
  if (!secret) throw new Error('SUBGRAPH_SIGNING_SECRET: required');
  const dedup = process.env.BENCH_HIVE_DEDUP !== 'off';
  const gateway = createGatewayRuntime({
    supergraph: supergraph(subgraphUrls(process.env)),
    logging: 'warn',
    landingPage: false,
    graphiql: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? undefined }),
    },
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: dedup } } },
    plugins: () => [signingPlugin(secret)],
  });
  const server = createServer((request, response) => void gateway(request, response));
  server.listen(Number(process.env.BENCH_HIVE_PORT), '127.0.0.1');
  const stop = () => {
    server.closeAllConnections();
    server.close(() => void Promise.resolve(gateway.dispose()).finally(() => process.exit(0)));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main();
