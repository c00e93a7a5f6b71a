import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { deny } from 'graphql-shield';
import type { IOptions, ShieldRule } from 'graphql-shield/typings/types';
import { forbidden } from '../platform/graphql/graphql-errors';
import { fragmentsOf, rootFields } from './root-fields';
import { coerceVariables } from './variables';
import type { GatewayContext } from './context';

type PermissionMap = Record<string, Record<string, ShieldRule>>;

const SHIELD_OPTIONS: IOptions = {
  debug: false,
  allowExternalErrors: false,
  fallbackRule: deny,
  fallbackError: forbidden(),
  hashFunction: ({ parent, args }) => JSON.stringify([parent, args]),
};

/** HTTP status for a refused operation: 401 when signing in could help, 403 otherwise. */
function refusal(error: GraphQLError): GraphQLError {
  const code = error.extensions.code;
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, http: { status: code === 'UNAUTHENTICATED' ? 401 : 403 } },
  });
}

/**
 * Evaluates graphql-shield rules for every root field of an operation before the gateway plans
 * it: @apollo/gateway never runs the supergraph's resolvers, so shield cannot be middleware here.
 */
export function authorizationPlugin(permissions: PermissionMap): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, document, contextValue, request }) {
          if (!operation) return;
          const variables = coerceVariables(schema, operation, request.variables);
          const rootType = schema.getRootType(operation.operation);
          if (!rootType) throw refusal(forbidden('This kind of operation is not supported.'));
          const fragments = fragmentsOf(document);
          const ctx = Object.assign(Object.create(contextValue), { _shield: { cache: {} } });
          for (const node of rootFields(operation.selectionSet, fragments)) {
            const fieldName = node.name.value;
            if (fieldName.startsWith('__')) continue;
            const field = rootType.getFields()[fieldName];
            const rule = permissions[rootType.name]?.[fieldName] ?? deny;
            const args = field ? getArgumentValues(field, node, variables) : {};
            // Rules here read the viewer and arguments; this is the part of `info` they can use.
            const info = {
              fieldName,
              fieldNodes: [node],
              parentType: rootType,
              returnType: field?.type,
              schema,
              operation,
              fragments,
              variableValues: variables,
              path: { prev: undefined, key: node.alias?.value ?? fieldName, typename: rootType.name },
            } as unknown as GraphQLResolveInfo;
            const result = await rule.resolve({}, args, ctx, info, SHIELD_OPTIONS);
            if (result === true) continue;
            throw refusal(result instanceof GraphQLError ? result : forbidden());
          }
        },
      };
    },
  };
}
