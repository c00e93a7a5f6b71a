import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import {
  Kind,
  parse,
  print,
  validate,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { repoPath } from '../platform/runtime/paths';
import {
  operationId,
  type PersistedOperation,
  type PersistedQueryManifest,
} from '../gateway/persisted-queries/manifest';

export const OPERATIONS_DIR = repoPath('persisted-queries');
/** Where the gateway reads it by default (PERSISTED_QUERY_MANIFEST). */
export const MANIFEST_PATH = repoPath('persisted-queries', 'manifest.json');

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? graphqlFiles(join(dir, entry.name))
        : entry.name.endsWith('.graphql')
          ? [join(dir, entry.name)]
          : [],
    )
    .sort();
}

/** The schema clients see: the supergraph without its federation machinery. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** The fragments a selection uses, directly or through other fragments, by name. */
function usedFragments(
  node: ASTNode,
  pool: Map<string, FragmentDefinitionNode>,
  found = new Map<string, FragmentDefinitionNode>(),
) {
  visit(node, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      const fragment = pool.get(name);
      if (!fragment || found.has(name)) return;
      found.set(name, fragment);
      usedFragments(fragment, pool, found);
    },
  });
  return found;
}

/**
 * One named operation per `.graphql` file; fragments live in the operation's file or in
 * `*.fragment.graphql` files shared by many operations. Each body is the operation followed by the
 * fragments it uses (sorted by name), printed by graphql-js, validated against the supergraph's API
 * schema: clients send exactly that body, or its id.
 */
export function buildManifest(
  supergraphSdl: string,
  dir = OPERATIONS_DIR,
): { manifest: PersistedQueryManifest; problems: string[] } {
  const schema = apiSchemaOf(supergraphSdl);
  const problems: string[] = [];
  const documents: { where: string; document: DocumentNode }[] = [];
  for (const file of graphqlFiles(dir)) {
    const where = relative(dir, file);
    try {
      documents.push({ where, document: parse(readFileSync(file, 'utf8')) });
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
    }
  }
  const shared = new Map<string, FragmentDefinitionNode>();
  for (const { where, document } of documents.filter((d) => d.where.endsWith('.fragment.graphql'))) {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.FRAGMENT_DEFINITION)
        problems.push(`${where}: a .fragment.graphql file holds fragments only`);
      else if (shared.has(definition.name.value))
        problems.push(`${where}: fragment ${definition.name.value} is defined twice`);
      else shared.set(definition.name.value, definition);
    }
  }
  const operations: PersistedOperation[] = [];
  for (const { where, document } of documents.filter((d) => !d.where.endsWith('.fragment.graphql'))) {
    const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (ops.length !== 1 || !ops[0].name) {
      problems.push(`${where}: must hold exactly one named operation`);
      continue;
    }
    const local = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
    const pool = new Map([...shared, ...local.map((f) => [f.name.value, f] as const)]);
    const fragments = [...usedFragments(ops[0], pool).values()].sort((a, b) =>
      a.name.value.localeCompare(b.name.value),
    );
    const assembled: DocumentNode = { kind: Kind.DOCUMENT, definitions: [ops[0], ...fragments] };
    problems.push(...validate(schema, assembled).map((error) => `${where}: ${error.message}`));
    const body = print(assembled);
    operations.push({ id: operationId(body), name: ops[0].name.value, type: ops[0].operation, body });
  }
  const names = operations.map((o) => o.name);
  for (const name of new Set(names.filter((n, i) => names.indexOf(n) !== i)))
    problems.push(`operation name ${name} is used twice`);
  operations.sort((a, b) => a.name.localeCompare(b.name));
  return { manifest: { format: 'apollo-persisted-query-manifest', version: 1, operations }, problems };
}
