import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './context';

/** Calls one subgraph, forwarding the caller's token and the request id so both sides log the same id. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    if ('requestId' in context) {
      request.http.headers.set('x-request-id', context.requestId);
      if (context.authorization) request.http.headers.set('authorization', context.authorization);
    }
  }
}
