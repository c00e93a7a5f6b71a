import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { readManifest, unretired, type RetainedManifest } from '../gateway/persisted-queries/manifest';
import { SUPERGRAPH_PATH } from '../gateway/supergraph-path';
import {
  buildManifest,
  droppedIds,
  MANIFEST_PATH,
  retain,
  RETAINED_PATH,
  shippedRelease,
} from './persisted-query-manifest';
import { apiSchemaOf, validationProblems } from './persisted-query-validation';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * `npm run pq:build [-- --retire-after=YYYY-MM-DD]`: writes persisted-queries/manifest.json with
 * Apollo's generator. The list is append-only: a shipped (committed) id the new manifest no longer
 * holds (an edited or removed operation) fails the build unless --retire-after moves it to
 * retained.json, where the gateway keeps accepting it until that date.
 */
async function main() {
  const retireAfter = process.argv.find((a) => a.startsWith('--retire-after='))?.slice('--retire-after='.length);
  const today = new Date().toISOString().slice(0, 10);
  if (retireAfter !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(retireAfter) && retireAfter >= today))
    fail(`--retire-after must be a date (YYYY-MM-DD) from today on, got ${retireAfter}`);
  const supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8');
  const shipped = shippedRelease();
  const retainedNow = readManifest<RetainedManifest>(RETAINED_PATH);
  const { manifest, problems } = await buildManifest(supergraph);
  problems.push(
    ...validationProblems(apiSchemaOf(supergraph), unretired(retainedNow, today)).map((p) => `retained ${p}`),
  );
  if (problems.length > 0)
    fail(`Persisted queries do not validate against the supergraph:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const dropped = droppedIds(shipped, { manifest, retained: retainedNow });
  if (dropped.length > 0 && !retireAfter)
    fail(
      `These shipped operations would disappear: ${dropped.map((o) => o.name).join(', ')}.\n` +
        'Clients may still send their ids: keep them until a date with `npm run pq:build -- --retire-after=YYYY-MM-DD`.',
    );
  const retained = retain(retainedNow, dropped, retireAfter ?? today);
  writeFileSync(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(RETAINED_PATH, `${JSON.stringify(retained, null, 2)}\n`);
  console.log(
    `wrote ${relative(process.cwd(), MANIFEST_PATH)} (${manifest.operations.length} operations)` +
      (dropped.length > 0 ? ` and retained ${dropped.length} until ${retireAfter}` : ''),
  );
}

void main();
