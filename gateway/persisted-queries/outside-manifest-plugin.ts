import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import type { PersistedQueryList } from './persisted-query-list';

/**
 * Where the safelist is not enforced, an operation production would refuse is marked where the
 * team sees it first: `extensions.persistedQuery.inManifest: false` in the response and a warning
 * in the log, so it is added to persisted-queries/ before it ships.
 */
export function outsideManifestPlugin(list: PersistedQueryList): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ queryHash, operationName, response, contextValue }) {
          if (!queryHash || list.has(queryHash) || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, persistedQuery: { inManifest: false } };
          contextValue.logger.warn(
            { operationName: operationName ?? null, operationId: queryHash },
            'operation outside the persisted query manifest: production refuses it',
          );
        },
      };
    },
  };
}
