import { operationId, type PersistedQueryManifest, type RetainedManifest } from './manifest';
import { PersistedQueryList } from './persisted-query-list';

const operation = (name: string, body: string) => ({ id: operationId(body), name, type: 'query' as const, body });
const current = operation('Me', 'query Me { me { id __typename } }');
const old = operation('Me', 'query Me { me { id } }');
const added = operation('Mine', 'query Mine { me { id email __typename } }');
const manifestOf = (...operations: (typeof current)[]): PersistedQueryManifest => ({
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations,
});
const retained: RetainedManifest = {
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations: [{ ...old, retireAfter: '2027-06-01' }],
};

describe('the persisted query list', () => {
  it('accepts a retained operation through its retirement date, and not the day after', () => {
    let now = new Date('2027-06-01T23:59:59Z');
    const list = new PersistedQueryList({ manifest: manifestOf(current), retained }, () => now);
    expect(list.get(old.id)?.body).toBe(old.body);
    expect(list.current().map((o) => o.id)).toEqual([old.id, current.id]);
    now = new Date('2027-06-02T00:00:00Z');
    expect(list.has(old.id)).toBe(false);
    expect(list.has(current.id)).toBe(true);
    expect(list.current().map((o) => o.id)).toEqual([current.id]);
  });

  it('names what a release adds, and replaces the whole list with it', () => {
    const list = new PersistedQueryList({ manifest: manifestOf(current), retained }, () => new Date('2026-12-02'));
    const release = { manifest: manifestOf(added), retained };
    expect(list.added(release)).toEqual([added]);
    list.replace(release);
    expect([list.has(added.id), list.has(old.id), list.has(current.id)]).toEqual([true, true, false]);
  });
});
