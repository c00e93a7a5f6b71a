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

export function operationId(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/** A manifest's operations by id; none when the file does not exist. */
export function loadManifest(path: string): Map<string, PersistedOperation> {
  if (!existsSync(path)) return new Map();
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as PersistedQueryManifest;
  if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1) {
    throw new Error(`${path} is not an Apollo persisted query manifest (version 1)`);
  }
  return new Map(manifest.operations.map((operation) => [operation.id, operation]));
}
