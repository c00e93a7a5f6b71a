import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generatePersistedQueryManifest } from '@apollo/generate-persisted-query-manifest';
import { Kind, parse, type DocumentNode } from 'graphql';
import { repoPath } from '../platform/runtime/paths';
import { apiSchemaOf, validationProblems } from './persisted-query-validation';
import {
  checkedManifest,
  readManifest,
  type PersistedOperation,
  type PersistedQueryManifest,
  type RetainedManifest,
} from '../gateway/persisted-queries/manifest';

export const OPERATIONS_DIR = repoPath('persisted-queries');
/** Where the gateway reads it by default (PERSISTED_QUERY_MANIFEST). */
export const MANIFEST_PATH = repoPath('persisted-queries', 'manifest.json');
/** Operations shipped clients may still send, each until its date (PERSISTED_QUERY_RETAINED). */
export const RETAINED_PATH = repoPath('persisted-queries', 'retained.json');

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

/**
 * What Apollo's generator refuses by exiting the process, named per file instead: a file that
 * does not parse, more than one operation (or an anonymous one) in a file, a fragment or an
 * operation name defined twice.
 */
function layoutProblems(dir: string): string[] {
  const problems: string[] = [];
  const defined = new Map<string, string>();
  for (const file of graphqlFiles(dir)) {
    const where = relative(dir, file);
    let document: DocumentNode;
    try {
      document = parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
      continue;
    }
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length > 1 || operations.some((o) => !o.name))
      problems.push(`${where}: must hold exactly one named operation`);
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.FRAGMENT_DEFINITION && definition.kind !== Kind.OPERATION_DEFINITION) continue;
      if (!definition.name) continue;
      const key = `${definition.kind === Kind.FRAGMENT_DEFINITION ? 'fragment' : 'operation'} ${definition.name.value}`;
      const first = defined.get(key);
      if (first) problems.push(`${where}: ${key} is already defined in ${first}`);
      else defined.set(key, where);
    }
  }
  return problems;
}

/**
 * The manifest exactly as Apollo's `generate-persisted-query-manifest` makes it from every
 * `.graphql` file under `dir`: one named operation per file, fragments defined once anywhere
 * (conventionally `*.fragment.graphql`) and added to the operations that spread them, `__typename`
 * added to every selection set below the root as Apollo Client's cache does, ids the sha256 of the
 * printed body. Apollo Client sends exactly these bodies, or their ids; each is validated against
 * the supergraph's API schema.
 */
export async function buildManifest(
  supergraphSdl: string,
  dir = OPERATIONS_DIR,
): Promise<{ manifest: PersistedQueryManifest; problems: string[] }> {
  const layout = layoutProblems(dir);
  if (layout.length > 0)
    return { manifest: { format: 'apollo-persisted-query-manifest', version: 1, operations: [] }, problems: layout };
  const generated = await generatePersistedQueryManifest({ documents: [join(dir, '**', '*.graphql')] }, dir);
  const manifest: PersistedQueryManifest = {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: generated.operations.map(({ id, name, type, body }) => ({ id, name, type, body })),
  };
  return { manifest, problems: validationProblems(apiSchemaOf(supergraphSdl), manifest.operations) };
}

/**
 * The ids of `previous` (a manifest and its retained operations) that `next` no longer holds: an id
 * shipped to clients may only leave the manifest by being retained with a retirement date.
 */
export function droppedIds(
  previous: { manifest: PersistedQueryManifest; retained: RetainedManifest },
  next: { manifest: PersistedQueryManifest; retained: RetainedManifest },
): PersistedOperation[] {
  const kept = new Set([...next.manifest.operations, ...next.retained.operations].map((o) => o.id));
  return [...previous.manifest.operations, ...previous.retained.operations].filter((o) => !kept.has(o.id));
}

/** `retained` with every operation of `leaving` added, accepted until the end of `retireAfter`. */
export function retain(
  retained: RetainedManifest,
  leaving: PersistedOperation[],
  retireAfter: string,
): RetainedManifest {
  const known = new Set(retained.operations.map((o) => o.id));
  const added = leaving
    .filter((o) => !known.has(o.id))
    .map(({ id, name, type, body }) => ({ id, name, type, body, retireAfter }));
  return {
    ...retained,
    operations: [...retained.operations, ...added].sort(
      (a, b) => a.name.localeCompare(b.name) || a.retireAfter.localeCompare(b.retireAfter),
    ),
  };
}

/** A committed file as of the last commit, or null where git or the file is missing. */
function atHead(path: string): unknown {
  try {
    const text = execFileSync('git', ['show', `HEAD:${relative(repoPath(), path)}`], {
      cwd: repoPath(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * What has shipped: the manifest and retained operations of the last commit (an operation added and
 * changed again before any commit never reached a client). Without git, the files as they are.
 */
export function shippedRelease(): { manifest: PersistedQueryManifest; retained: RetainedManifest } {
  const manifest = atHead(MANIFEST_PATH);
  if (manifest === null) return { manifest: readManifest(MANIFEST_PATH), retained: readManifest(RETAINED_PATH) };
  const retained = atHead(RETAINED_PATH) ?? { format: 'apollo-persisted-query-manifest', version: 1, operations: [] };
  return {
    manifest: checkedManifest<PersistedQueryManifest>(manifest, `HEAD:${MANIFEST_PATH}`),
    retained: checkedManifest<RetainedManifest>(retained, `HEAD:${RETAINED_PATH}`),
  };
}
