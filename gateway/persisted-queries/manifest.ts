import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export interface PersistedOperation {
  /** sha256 of `body`, hex: what clients send as `extensions.persistedQuery.sha256Hash`. */
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

/** Apollo's persisted query manifest format. */
export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: PersistedOperation[];
}

/**
 * An operation no longer built from persisted-queries/ that shipped clients may still send: it
 * stays accepted until the end of `retireAfter` (UTC), then it is refused like any unknown one.
 */
export interface RetainedOperation extends PersistedOperation {
  /** ISO date (YYYY-MM-DD), chosen once client metrics show the id is no longer sent. */
  retireAfter: string;
}

/** persisted-queries/retained.json: the manifest format, each operation with its retirement date. */
export interface RetainedManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: RetainedOperation[];
}

export function operationId(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/** Refuses anything but a version 1 Apollo manifest whose ids are the sha256 of their bodies. */
export function checkedManifest<T extends PersistedQueryManifest | RetainedManifest>(value: unknown, where: string): T {
  const manifest = value as Partial<T> | null;
  if (manifest?.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1 || !manifest.operations)
    throw new Error(`${where} is not an Apollo persisted query manifest (version 1)`);
  for (const operation of manifest.operations)
    if (operation.id !== operationId(operation.body))
      throw new Error(`${where}: ${operation.name} has an id that is not the sha256 of its body`);
  return manifest as T;
}

/** A manifest file's content; empty when the file does not exist. */
export function readManifest<T extends PersistedQueryManifest | RetainedManifest>(path: string): T {
  const content: unknown = existsSync(path)
    ? JSON.parse(readFileSync(path, 'utf8'))
    : { format: 'apollo-persisted-query-manifest', version: 1, operations: [] };
  return checkedManifest<T>(content, path);
}

/** Retained operations still accepted on `today` (YYYY-MM-DD, UTC). */
export function unretired(retained: RetainedManifest, today: string): RetainedOperation[] {
  return retained.operations.filter((operation) => operation.retireAfter >= today);
}

/** What a gateway accepts: the manifest's operations and the retained ones not yet retired, by id. */
export function acceptedOperations(
  manifest: PersistedQueryManifest,
  retained: RetainedManifest,
  today: string,
): Map<string, PersistedOperation> {
  return new Map([...unretired(retained, today), ...manifest.operations].map((operation) => [operation.id, operation]));
}
