import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { SUPERGRAPH_PATH } from '../gateway/supergraph-path';
import { buildManifest, MANIFEST_PATH } from './persisted-query-manifest';

/** `npm run pq:build`: writes persisted-queries/manifest.json, or fails naming each invalid operation. */
const { manifest, problems } = buildManifest(readFileSync(SUPERGRAPH_PATH, 'utf8'));
if (problems.length > 0) {
  console.error(
    `Persisted queries do not validate against the supergraph:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  process.exit(1);
}
writeFileSync(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${relative(process.cwd(), MANIFEST_PATH)} (${manifest.operations.length} operations)`);
