import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", ' +
  'import: ["@key", "@external", "@requires", "@provides", "@shareable", "@inaccessible", "@cost", "@listSize"])';

export type ReferenceResolvers = GraphQLResolverMap<unknown>;

export interface FederatedSchemaOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** Supplies resolver instances with their services; absent when only the SDL is wanted. */
  container?: BuildSchemaOptions['container'];
  /** `__resolveReference` functions by entity type name. */
  references?: ReferenceResolvers;
}

/**
 * type-graphql's own printer drops `@key` and friends, so the schema is printed with its directives,
 * linked to Federation 2 and rebuilt by @apollo/subgraph with type-graphql's resolvers.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    container: options.container,
    validate: false,
    skipCheck: true,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, fields] of Object.entries(options.references ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(fields as object) };
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}
