import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import {
  buildManifest,
  droppedIds,
  MANIFEST_PATH,
  retain,
  RETAINED_PATH,
  shippedRelease,
} from '../../scripts/persisted-query-manifest';
import { apiSchemaOf, validationProblems } from '../../scripts/persisted-query-validation';
import { SUPERGRAPH_PATH } from '../supergraph-path';
import { operationId, readManifest, unretired, type PersistedQueryManifest, type RetainedManifest } from './manifest';

const supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8');
const committed = () => ({
  manifest: readManifest(MANIFEST_PATH),
  retained: readManifest<RetainedManifest>(RETAINED_PATH),
});
const today = new Date().toISOString().slice(0, 10);

const operation = (name: string, body: string) => ({ id: operationId(body), name, type: 'query' as const, body });
const manifestOf = (...operations: ReturnType<typeof operation>[]): PersistedQueryManifest => ({
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations,
});
const noRetained: RetainedManifest = { format: 'apollo-persisted-query-manifest', version: 1, operations: [] };

describe('persisted-queries/manifest.json', () => {
  it("is current: Apollo's generate-persisted-query-manifest, as npm run pq:build runs it, makes exactly the committed file", async () => {
    const { manifest, problems } = await buildManifest(supergraph);
    expect(problems).toEqual([]);
    expect(JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'))).toEqual(manifest);
  });

  it('identifies each operation, retained ones too, by the sha256 of its body', () => {
    const { manifest, retained } = committed();
    for (const o of [...manifest.operations, ...retained.operations]) expect(o.id).toBe(operationId(o.body));
  });

  it('is append-only: every id of the last commit is still in the manifest or retained with a date', () => {
    expect(droppedIds(shippedRelease(), committed()).map((o) => o.name)).toEqual([]);
    for (const o of committed().retained.operations) expect(o.retireAfter).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('holds retained operations that still validate against the current supergraph', () => {
    const schema = apiSchemaOf(supergraph);
    expect(validationProblems(schema, unretired(committed().retained, today))).toEqual([]);
  });
});

describe('the safelist lifecycle', () => {
  it('notices an id that disappears, unless it is retained', () => {
    const shipped = operation('Me', 'query Me { me { id } }');
    const edited = operation('Me', 'query Me { me { id displayName } }');
    const previous = { manifest: manifestOf(shipped), retained: noRetained };
    expect(droppedIds(previous, { manifest: manifestOf(edited), retained: noRetained })).toEqual([shipped]);
    const retained = retain(noRetained, [shipped], '2027-06-01');
    expect(retained.operations).toEqual([{ ...shipped, retireAfter: '2027-06-01' }]);
    expect(droppedIds(previous, { manifest: manifestOf(edited), retained })).toEqual([]);
    expect(
      droppedIds({ manifest: manifestOf(edited), retained }, { manifest: manifestOf(edited), retained: noRetained }),
    ).toEqual([{ ...shipped, retireAfter: '2027-06-01' }]);
  });

  it('fails a schema change that breaks a retained operation', () => {
    const retained = unretired(committed().retained, today);
    const me = retained.find((o) => o.name === 'Me');
    expect(me).toBeDefined();
    // The API schema without Query.me: what removing that field from the accounts subgraph would give.
    const schema = apiSchemaOf(supergraph);
    const { me: removed, ...fields } = schema.getQueryType()!.toConfig().fields;
    expect(removed).toBeDefined();
    const query = new GraphQLObjectType({ ...schema.getQueryType()!.toConfig(), fields });
    const withoutMe = new GraphQLSchema({ ...schema.toConfig(), query, types: [] });
    expect(validationProblems(withoutMe, retained)).toContain('Me: Cannot query field "me" on type "Query".');
  });
});

describe('building a manifest', () => {
  it('names every operation that does not validate against the supergraph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'staygraph-ops-'));
    writeFileSync(join(dir, 'typo.graphql'), 'query Typo { me { emial } }');
    writeFileSync(join(dir, 'fine.graphql'), 'query Fine { me { id } }');
    const { manifest, problems } = await buildManifest(supergraph, dir);
    expect(problems).toEqual([expect.stringMatching(/^Typo: Cannot query field "emial"/)]);
    expect(manifest.operations.map((o) => o.name)).toEqual(['Fine', 'Typo']);
  });

  it("names what Apollo's generator refuses: anonymous or several operations, a fragment defined twice", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'staygraph-ops-'));
    writeFileSync(join(dir, 'anonymous.graphql'), '{ me { id } }');
    writeFileSync(join(dir, 'a.fragment.graphql'), 'fragment Who on User { id }');
    writeFileSync(join(dir, 'b.graphql'), 'query B { me { ...Who } }\nfragment Who on User { id }');
    const { problems } = await buildManifest(supergraph, dir);
    expect(problems).toEqual([
      'anonymous.graphql: must hold exactly one named operation',
      'b.graphql: fragment Who is already defined in a.fragment.graphql',
    ]);
  });

  it('adds the fragments an operation uses, through other fragments too, and __typename as Apollo Client does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'staygraph-ops-'));
    writeFileSync(
      join(dir, 'user.fragment.graphql'),
      'fragment Who on User { id ...Name }\nfragment Name on User { displayName }\nfragment Unused on User { id }',
    );
    writeFileSync(join(dir, 'me.graphql'), 'query Me { me { ...Who } }');
    const { manifest, problems } = await buildManifest(supergraph, dir);
    expect(problems).toEqual([]);
    expect(manifest.operations[0].body).toBe(
      'query Me {\n  me {\n    ...Who\n    __typename\n  }\n}\n\nfragment Name on User {\n  displayName\n  __typename\n}\n\nfragment Who on User {\n  id\n  ...Name\n  __typename\n}',
    );
    expect(manifest.operations[0].id).toBe(operationId(manifest.operations[0].body));
  });
});
