import { readFileSync } from 'node:fs';
import type { DocumentNode } from 'graphql';
import type { PersistedQueryManifest } from '../gateway/persisted-queries/manifest';
import { MANIFEST_PATH } from '../scripts/persisted-query-manifest';
import * as generated from './support/generated/graphql';
import { apolloDocumentText } from './support/graphql-client';

const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as PersistedQueryManifest;
const exported: Record<string, unknown> = { ...generated };

describe('typed documents (npm run codegen)', () => {
  it('sent as Apollo Client sends them, carry exactly the manifest body of every persisted operation', () => {
    for (const operation of manifest.operations) {
      const document = exported[`${operation.name}Document`] as DocumentNode | undefined;
      expect({ name: operation.name, body: document && apolloDocumentText(document) }).toEqual({
        name: operation.name,
        body: operation.body,
      });
    }
  });
});
