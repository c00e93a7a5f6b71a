import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { Kind, parse, print, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { repoPath } from '../subgraphs/kernel/paths';
import { operationId, type PersistedOperation, type PersistedQueryManifest } from '../gateway/persisted-queries/manifest';

export const OPERATIONS_DIR = repoPath('persisted-queries');
/** Where the gateway reads it by default (PERSISTED_QUERY_MANIFEST). */
export const MANIFEST_PATH = repoPath('persisted-queries', 'manifest.json');

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? graphqlFiles(join(dir, entry.name)) : entry.name.endsWith('.graphql') ? [join(dir, entry.name)] : []))
    .sort();
}

/** The schema clients see: the supergraph without its federation machinery. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/**
 * One named operation per `.graphql` file (with the fragments it uses), validated against the
 * supergraph's API schema. The body is graphql-js's print of the file, so clients send exactly it.
 */
export function buildManifest(supergraphSdl: string, dir = OPERATIONS_DIR): { manifest: PersistedQueryManifest; problems: string[] } {
  const schema = apiSchemaOf(supergraphSdl);
  const problems: string[] = [];
  const operations: PersistedOperation[] = [];
  for (const file of graphqlFiles(dir)) {
    const where = relative(dir, file);
    let document;
    try {
      document = parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
      continue;
    }
    const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (ops.length !== 1 || !ops[0].name) {
      problems.push(`${where}: must hold exactly one named operation`);
      continue;
    }
    problems.push(...validate(schema, document).map((error) => `${where}: ${error.message}`));
    const body = print(document);
    operations.push({ id: operationId(body), name: ops[0].name.value, type: ops[0].operation, body });
  }
  const names = operations.map((o) => o.name);
  for (const name of new Set(names.filter((n, i) => names.indexOf(n) !== i))) problems.push(`operation name ${name} is used twice`);
  operations.sort((a, b) => a.name.localeCompare(b.name));
  return { manifest: { format: 'apollo-persisted-query-manifest', version: 1, operations }, problems };
}
