import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Clock } from '../subgraphs/kernel/clock';
import { CLIENT_IP_HEADER, signRequest, USER_AGENT_HEADER } from '../subgraphs/kernel/request-signing';
import type { GatewayContext } from './context';

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];

/**
 * Signs the exact bytes about to be sent (method, path, time, body and the forwarded identity
 * headers) so a subgraph can refuse anything that did not come from this gateway unchanged.
 */
function signingFetcher(secret: string, clock: Clock): NonNullable<Fetcher> {
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
    return fetch(url, { ...(init as RequestInit), headers }) as unknown as ReturnType<NonNullable<Fetcher>>;
  };
}

/** Calls one subgraph, forwarding the caller's token, request id, address and user agent, signed. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(options: { url: string; signingSecret: string; clock: Clock }) {
    super({ url: options.url, fetcher: signingFetcher(options.signingSecret, options.clock) });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http || !('requestId' in context)) return;
    const headers = request.http.headers;
    headers.set('x-request-id', context.requestId);
    if (context.authorization) headers.set('authorization', context.authorization);
    if (context.clientIp) headers.set(CLIENT_IP_HEADER, context.clientIp);
    if (context.userAgent) headers.set(USER_AGENT_HEADER, context.userAgent);
  }
}
