import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildManifest, MANIFEST_PATH } from '../../scripts/persisted-query-manifest';
import { SUPERGRAPH_PATH } from '../supergraph-path';
import { operationId } from './manifest';

const supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8');

describe('persisted-queries/manifest.json', () => {
  it('is current: npm run pq:build would write exactly the committed file', () => {
    const { manifest, problems } = buildManifest(supergraph);
    expect(problems).toEqual([]);
    expect(JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'))).toEqual(manifest);
  });

  it('identifies each operation by the sha256 of its body', () => {
    const { manifest } = buildManifest(supergraph);
    for (const operation of manifest.operations) expect(operation.id).toBe(operationId(operation.body));
  });
});

describe('building a manifest', () => {
  it('names every operation that does not validate against the supergraph, or is not one named operation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'staygraph-ops-'));
    writeFileSync(join(dir, 'typo.graphql'), 'query Typo { me { emial } }');
    writeFileSync(join(dir, 'anonymous.graphql'), '{ me { id } }');
    writeFileSync(join(dir, 'fine.graphql'), 'query Fine { me { id } }');
    const { manifest, problems } = buildManifest(supergraph, dir);
    expect(problems).toEqual([
      'anonymous.graphql: must hold exactly one named operation',
      expect.stringMatching(/^typo\.graphql: Cannot query field "emial"/),
    ]);
    expect(manifest.operations.map((o) => o.name)).toEqual(['Fine', 'Typo']);
  });

  it('adds the shared fragments an operation uses, through other fragments too, and no others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'staygraph-ops-'));
    writeFileSync(
      join(dir, 'user.fragment.graphql'),
      'fragment Who on User { id ...Name }\nfragment Name on User { displayName }\nfragment Unused on User { id }',
    );
    writeFileSync(join(dir, 'me.graphql'), 'query Me { me { ...Who } }');
    const { manifest, problems } = buildManifest(supergraph, dir);
    expect(problems).toEqual([]);
    expect(manifest.operations[0].body).toBe(
      'query Me {\n  me {\n    ...Who\n  }\n}\n\nfragment Name on User {\n  displayName\n}\n\nfragment Who on User {\n  id\n  ...Name\n}',
    );
  });
});
