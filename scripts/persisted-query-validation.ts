import { Supergraph } from '@apollo/federation-internals';
import { parse, validate, type GraphQLSchema } from 'graphql';
import type { PersistedOperation } from '../gateway/persisted-queries/manifest';

/** The schema clients see: the supergraph without its federation machinery. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** Each operation's body checked against the supergraph's API schema, as `Name: message`. */
export function validationProblems(schema: GraphQLSchema, operations: PersistedOperation[]): string[] {
  return operations.flatMap((operation) =>
    validate(schema, parse(operation.body)).map((error) => `${operation.name}: ${error.message}`),
  );
}
