import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { FetcherRequestInit } from '@apollo/utils.fetcher';
import { Agent, request, type Dispatcher } from 'undici';
import type { Clock } from '../platform/runtime/clock';
import { CLIENT_IP_HEADER, signRequest, USER_AGENT_HEADER } from '../platform/graphql/request-signing';
import type { GatewayContext } from './context';
import { inFlightDedup } from './in-flight-dedup';
import { observedFetcher, type FetchObserver } from './metrics/subgraph-fetch-metrics';
import { SubgraphAnswer } from './subgraph-answer';
import { answeredUnavailable, isMutation, SubgraphFailure, subgraphFailure } from './subgraph-failure';

/**
 * Signs the exact bytes about to be sent (method, path, time, body and the forwarded identity
 * headers) so a subgraph can refuse anything that did not come from this gateway unchanged, and
 * sends them with undici's `request` over kept-alive connections (a third of the CPU of Node's
 * `fetch`, whose web streams the gateway has no use for: every answer is read whole). A slow
 * subgraph is cut off at its timeout.
 */
function signedTransport(
  secret: string,
  clock: Clock,
  timeouts: SubgraphTimeouts,
  dispatcher: Dispatcher,
): (url: string, init?: FetcherRequestInit) => Promise<SubgraphAnswer> {
  return async (url, init) => {
    const headers: Record<string, string> = { ...init?.headers };
    const { pathname, search } = new URL(url);
    const body = typeof init?.body === 'string' ? init.body : '';
    const method = init?.method ?? 'GET';
    const signature = signRequest(
      secret,
      {
        method,
        path: `${pathname}${search}`,
        body,
        headers: {
          authorization: headers.authorization,
          'x-request-id': headers['x-request-id'],
          [CLIENT_IP_HEADER]: headers[CLIENT_IP_HEADER],
          [USER_AGENT_HEADER]: headers[USER_AGENT_HEADER],
        },
      },
      clock(),
    );
    // The body is `{"query":…}` as RemoteGraphQLDataSource serializes it, so its operation keyword leads.
    const mutation = isMutation(body.replace(/^\{"query":"/, ''));
    const answer = await request(url, {
      method: method as Dispatcher.HttpMethod,
      headers: { ...headers, ...signature },
      body,
      dispatcher,
      signal: AbortSignal.timeout(mutation ? timeouts.mutation : timeouts.query),
    });
    const answerHeaders = new Headers();
    for (const [name, value] of Object.entries(answer.headers))
      for (const one of Array.isArray(value) ? value : [value ?? '']) answerHeaders.append(name, one);
    return new SubgraphAnswer(url, answer.statusCode, answerHeaders, await answer.body.text());
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
          signedTransport(options.signingSecret, options.clock, options.timeouts, new Agent()),
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
