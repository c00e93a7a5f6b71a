import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Clock } from '../platform/runtime/clock';
import { CLIENT_IP_HEADER, signRequest, USER_AGENT_HEADER } from '../platform/graphql/request-signing';
import type { GatewayContext } from './context';

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];

/**
 * Signs the exact bytes about to be sent (method, path, time, body and the forwarded identity
 * headers) so a subgraph can refuse anything that did not come from this gateway unchanged.
 */
function signingFetcher(secret: string, clock: Clock, timeoutMs: number): NonNullable<Fetcher> {
  return (url, init) => {
    const headers = new Headers(init?.headers as Record<string, string>);
    const { pathname, search } = new URL(url);
    const signature = signRequest(
      secret,
      {
        method: init?.method ?? 'GET',
        path: `${pathname}${search}`,
        body: typeof init?.body === 'string' ? init.body : '',
        headers: {
          authorization: headers.get('authorization') ?? undefined,
          'x-request-id': headers.get('x-request-id') ?? undefined,
          [CLIENT_IP_HEADER]: headers.get(CLIENT_IP_HEADER) ?? undefined,
          [USER_AGENT_HEADER]: headers.get(USER_AGENT_HEADER) ?? undefined,
        },
      },
      clock(),
    );
    for (const [name, value] of Object.entries(signature)) headers.set(name, value);
    // Node's fetch keeps connections to each subgraph alive between requests; a slow one is cut off.
    return fetch(url, {
      ...(init as RequestInit),
      headers,
      signal: AbortSignal.timeout(timeoutMs),
    }) as unknown as ReturnType<NonNullable<Fetcher>>;
  };
}

/**
 * Calls one subgraph, forwarding the caller's token, request id, address and user agent, signed.
 * When the subgraph cannot answer, the rest of the operation still does: its fields come back null
 * with a `SUBGRAPH_UNAVAILABLE` error instead of a failed request; the error names no service (the
 * log does), so clients learn nothing of the system's layout.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly options: { name: string; url: string; signingSecret: string; clock: Clock; timeoutMs: number },
  ) {
    super({ url: options.url, fetcher: signingFetcher(options.signingSecret, options.clock, options.timeoutMs) });
  }

  override didEncounterError(
    error: Error,
    _request: unknown,
    response?: { status: number },
    context?: GatewayContext,
  ): never {
    if (response && response.status < 500) throw error;
    context?.logger.error(
      { err: error, subgraph: this.options.name, status: response?.status },
      'subgraph unavailable',
    );
    throw new GraphQLError('A service is unavailable; try again shortly.', {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http || !('requestId' in context)) return;
    context.subgraphsCalled.add(this.options.name);
    const headers = request.http.headers;
    headers.set('x-request-id', context.requestId);
    if (context.authorization) headers.set('authorization', context.authorization);
    if (context.clientIp) headers.set(CLIENT_IP_HEADER, context.clientIp);
    if (context.userAgent) headers.set(USER_AGENT_HEADER, context.userAgent);
  }
}
