import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { MapperKind, mapSchema, printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLObjectType, isInterfaceType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { guardInputs, type IdFormats } from './input-guard';
import { SENSITIVE_SCHEMA } from './sensitive';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", ' +
  'import: ["@key", "@external", "@requires", "@provides", "@shareable", "@inaccessible", "@cost", "@listSize", ' +
  '"@composeDirective"])';

export type ReferenceResolvers = GraphQLResolverMap<unknown>;

export interface FederatedSchemaOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** Supplies resolver instances with their services; absent when only the SDL is wanted. */
  container?: BuildSchemaOptions['container'];
  /** `__resolveReference` functions by entity type name. */
  references?: ReferenceResolvers;
  /** Ids that are not platform ids (UUIDs), by schema coordinate; see `guardInputs`. */
  idFormats?: IdFormats;
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
  const typeDefs = parse(
    `${FEDERATION_LINK}\n${SENSITIVE_SCHEMA}\n\n${printSchemaWithDirectives(describeInherited(schema))}`,
  );
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, fields] of Object.entries(options.references ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(fields as object) };
  }
  const federated = buildSubgraphSchema({ typeDefs, resolvers });
  guardInputs(federated, options.idFormats);
  return federated;
}

/** The root types' descriptions, identical in every subgraph so that composition keeps them as they are. */
const ROOT_DESCRIPTIONS = {
  Query:
    'What clients can read. The gateway checks who may call each field and refuses others with UNAUTHENTICATED or FORBIDDEN.',
  Mutation:
    'What clients can change. Expected failures are members of each result union that implement `UserError`, not GraphQL errors.',
};

/**
 * Descriptions the schema derives rather than repeats (the printed SDL only; resolvers use the
 * original schema): a field that implements an interface field and has no description of its own
 * inherits the interface's (`code` and `message` of every `UserError`), and the root types get
 * ROOT_DESCRIPTIONS.
 */
function describeInherited(schema: GraphQLSchema): GraphQLSchema {
  const describeRoot = (type: GraphQLObjectType) => {
    const description = ROOT_DESCRIPTIONS[type.name as keyof typeof ROOT_DESCRIPTIONS];
    return type.description || !description ? type : new GraphQLObjectType({ ...type.toConfig(), description });
  };
  return mapSchema(schema, {
    [MapperKind.COMPOSITE_FIELD]: (field, fieldName, typeName) => {
      const type = schema.getType(typeName);
      if (field.description || !(isObjectType(type) || isInterfaceType(type))) return field;
      const description = type
        .getInterfaces()
        .map((parent) => parent.getFields()[fieldName]?.description)
        .find(Boolean);
      return description ? { ...field, description } : field;
    },
    [MapperKind.ROOT_OBJECT]: describeRoot,
  });
}
