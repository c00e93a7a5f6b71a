import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Clock } from '../platform/runtime/clock';
import { CLIENT_IP_HEADER, signRequest, USER_AGENT_HEADER } from '../platform/graphql/request-signing';
import type { GatewayContext } from './context';
import { inFlightDedup } from './in-flight-dedup';
import { observedFetcher, type FetchObserver } from './metrics/subgraph-fetch-metrics';
import { answeredUnavailable, isMutation, SubgraphFailure, subgraphFailure } from './subgraph-failure';

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];

/**
 * Signs the exact bytes about to be sent (method, path, time, body and the forwarded identity
 * headers) so a subgraph can refuse anything that did not come from this gateway unchanged.
 */
function signingFetcher(secret: string, clock: Clock, timeouts: SubgraphTimeouts): NonNullable<Fetcher> {
  return (url, init) => {
    const headers = new Headers(init?.headers as Record<string, string>);
    const { pathname, search } = new URL(url);
    const body = typeof init?.body === 'string' ? init.body : '';
    const signature = signRequest(
      secret,
      {
        method: init?.method ?? 'GET',
        path: `${pathname}${search}`,
        body,
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
    // The body is `{"query":…}` as RemoteGraphQLDataSource serializes it, so its operation keyword leads.
    const mutation = isMutation(body.replace(/^\{"query":"/, ''));
    return fetch(url, {
      ...(init as RequestInit),
      headers,
      signal: AbortSignal.timeout(mutation ? timeouts.mutation : timeouts.query),
    }) as unknown as ReturnType<NonNullable<Fetcher>>;
  };
}

export interface SubgraphTimeouts {
  query: number;
  mutation: number;
}

/**
 * Calls one subgraph, forwarding the caller's token, request id, address and user agent, signed.
 * When the subgraph cannot answer, the rest of the operation still does: its fields come back null
 * with a typed error instead of a failed request: `SUBGRAPH_UNAVAILABLE` (nothing changed, send it
 * again) or, for a write that was sent but not answered, `OUTCOME_UNKNOWN`. A read whose connection
 * failed (to the subgraph, or the subgraph's to its database) is tried once more first; a write
 * never is. Errors name no service (the log does), so clients learn nothing of the system's layout.
 * Identical reads in flight at once under the same token share one call (see `inFlightDedup`).
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly options: {
      name: string;
      url: string;
      signingSecret: string;
      clock: Clock;
      timeouts: SubgraphTimeouts;
      observeFetch: FetchObserver;
    },
  ) {
    super({
      url: options.url,
      fetcher: inFlightDedup(
        observedFetcher(
          options.name,
          options.observeFetch,
          signingFetcher(options.signingSecret, options.clock, options.timeouts),
        ),
      ),
    });
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource['process']> {
    if (isMutation(options.request.query)) return super.process(options);
    try {
      const response = await super.process(options);
      if (!answeredUnavailable(response)) return response;
    } catch (error) {
      if (!(error instanceof SubgraphFailure && error.retryable)) throw error;
    }
    options.context.logger?.warn({ subgraph: this.options.name }, 'subgraph read failed on a connection; retried once');
    return super.process(options);
  }

  override didEncounterError(
    error: Error,
    _request: unknown,
    response?: { status: number },
    context?: GatewayContext,
    request?: { query?: string },
  ): never {
    if (response && response.status >= 400 && response.status < 500) throw error;
    context?.logger.error(
      { err: error, subgraph: this.options.name, status: response?.status },
      'subgraph unavailable',
    );
    throw subgraphFailure(error, isMutation(request?.query));
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
