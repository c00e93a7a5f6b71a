import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acceptSchema, checkSchema, schemaFiles, type SchemaFiles } from './schema-baseline';
import { printRecord, readRecord, renderChangelog } from './schema-record';

const API = join(__dirname, '..', 'schema', 'api.graphql');
const DATE = '2026-12-02';

/** A schema/ folder whose baseline is today's api.graphql, as right after `npm run schema:accept`. */
function freshSchemaDir(): SchemaFiles {
  const dir = mkdtempSync(join(tmpdir(), 'schema-evolution-'));
  mkdirSync(join(dir, 'baseline'));
  const files = schemaFiles(dir);
  copyFileSync(API, files.current);
  copyFileSync(API, files.baseline);
  const record = { entries: [{ date: '2026-11-01', by: 'test', reason: 'First baseline.', changes: [] }] };
  writeFileSync(files.record, printRecord(record));
  writeFileSync(files.changelog, renderChangelog(record));
  return files;
}

/** Edits the composed schema the way a subgraph change would. */
function editCurrent(files: SchemaFiles, edit: (sdl: string) => string) {
  const before = readFileSync(files.current, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(files.current, after);
}

const removeMe = (sdl: string) => sdl.replace(/\n(\s*"""[^"]*"""\n)?\s*me: User( @deprecated\([^)]*\))?\n/, '\n');
const addPing = (sdl: string) =>
  sdl.replace('type Query {\n', 'type Query {\n  """Always true."""\n  ping: Boolean!\n\n');
const deprecateMe = (sdl: string) =>
  sdl.replace(/\n(\s*)me: User\n/, '\n$1me: User @deprecated(reason: "Use `viewer`; removed after 2027-03-01.")\n');

describe('schema evolution (baseline, accepted changes, changelog)', () => {
  let files: SchemaFiles;
  beforeEach(() => {
    files = freshSchemaDir();
  });
  afterEach(() => rmSync(join(files.current, '..'), { recursive: true, force: true }));

  it('passes when the schema is the baseline', async () => {
    await expect(checkSchema(files)).resolves.toEqual({ status: 'current' });
  });

  it('fails on a removed field until someone accepts it with a reason', async () => {
    editCurrent(files, removeMe);

    const verdict = await checkSchema(files);
    expect(verdict).toMatchObject({ status: 'breaking', breaking: [{ type: 'FIELD_REMOVED', path: 'Query.me' }] });

    await expect(acceptSchema(files, { date: DATE, by: 'Ana' })).resolves.toMatchObject({
      status: 'reason-required',
    });
    expect((await checkSchema(files)).status).toBe('breaking');

    const accepted = await acceptSchema(files, { date: DATE, by: 'Ana', reason: 'No client reads it (usage log).' });
    expect(accepted).toMatchObject({ status: 'accepted', entry: { by: 'Ana', date: DATE } });
    await expect(checkSchema(files)).resolves.toEqual({ status: 'current' });

    expect(readFileSync(files.baseline, 'utf8')).toBe(readFileSync(files.current, 'utf8'));
    const changelog = readFileSync(files.changelog, 'utf8');
    expect(changelog).toContain(`## ${DATE}\n\nFolded in by Ana. Why: No client reads it (usage log).`);
    expect(changelog).toMatch(
      /### Breaking\n\n- `Query\.me`: Field 'me' was removed .* \(removed without deprecation\)/,
    );
    // Newest first: the new entry comes before the first baseline.
    expect(changelog.indexOf(DATE)).toBeLessThan(changelog.indexOf('2026-11-01'));
  });

  it('treats an added field as safe: the baseline is only stale, and folding it in needs no reason', async () => {
    editCurrent(files, addPing);

    const verdict = await checkSchema(files);
    expect(verdict.status).toBe('stale');
    expect(verdict).toMatchObject({
      changes: expect.arrayContaining([expect.objectContaining({ kind: 'added', path: 'Query.ping' })]),
    });
    expect(verdict).not.toMatchObject({
      changes: expect.arrayContaining([expect.objectContaining({ kind: 'breaking' })]),
    });

    await expect(acceptSchema(files, { date: DATE, by: 'compose' })).resolves.toMatchObject({ status: 'accepted' });
    await expect(checkSchema(files)).resolves.toEqual({ status: 'current' });
    const changelog = readFileSync(files.changelog, 'utf8');
    expect(changelog).toContain("### Added\n\n- `Query.ping`: Field 'ping' was added to object type 'Query'");
    // Its description belongs to adding it: not a line of its own.
    expect(changelog).not.toMatch(/Query\.ping' has description/);
  });

  it('keeps one entry per day and author for safe changes, however often they compose', async () => {
    editCurrent(files, addPing);
    await acceptSchema(files, { date: DATE, by: 'Ana' });
    editCurrent(files, (sdl) =>
      sdl.replace('type Query {\n', 'type Query {\n  """Always false."""\n  pong: Boolean!\n\n'),
    );
    await acceptSchema(files, { date: DATE, by: 'Ana' });

    const record = readRecord(files.record);
    expect(record.entries.map((e) => [e.date, e.by])).toEqual([
      [DATE, 'Ana'],
      ['2026-11-01', 'test'],
    ]);
    expect(record.entries[0].changes.map((c) => c.path)).toEqual(expect.arrayContaining(['Query.ping', 'Query.pong']));
    await expect(checkSchema(files)).resolves.toEqual({ status: 'current' });
  });

  it('lists a deprecation, with its reason, as safe', async () => {
    editCurrent(files, deprecateMe);

    expect(await checkSchema(files)).toEqual({
      status: 'stale',
      changes: [expect.objectContaining({ kind: 'deprecated', path: 'Query.me.@deprecated' })],
    });
    await acceptSchema(files, { date: DATE, by: 'compose' });
    expect(readFileSync(files.changelog, 'utf8')).toMatch(
      /### Deprecated\n\n- `Query\.me\.@deprecated`: .*'Query\.me'.*: "Use `viewer`; removed after 2027-03-01\."/,
    );
  });

  it('shows in the changelog how much notice a removal gave', async () => {
    editCurrent(files, deprecateMe);
    await acceptSchema(files, { date: DATE, by: 'Ana' });
    editCurrent(files, removeMe);
    await acceptSchema(files, { date: '2027-03-05', by: 'Ana', reason: 'Deprecated since December.' });

    expect(readFileSync(files.changelog, 'utf8')).toContain(
      `was removed from object type 'Query' (deprecated on ${DATE}, 93 days' notice)`,
    );
  });

  it('notices a changelog edited by hand', async () => {
    writeFileSync(files.changelog, `${readFileSync(files.changelog, 'utf8')}\n- something else\n`);
    await expect(checkSchema(files)).resolves.toEqual({ status: 'changelog-stale' });
  });
});
