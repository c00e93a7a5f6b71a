import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaChanges, type SchemaChange } from './schema-changes';
import { withNotices } from './schema-notice';
import { printRecord, readRecord, renderChangelog, type SchemaRecordEntry } from './schema-record';

/** The files of schema evolution; tests point them at a copy. */
export interface SchemaFiles {
  /** What clients see now, written by `npm run compose`. */
  current: string;
  /** What clients were last promised. */
  baseline: string;
  /** Every change folded into the baseline (`accepted-changes.json`). */
  record: string;
  changelog: string;
}

export function schemaFiles(schemaDir: string): SchemaFiles {
  return {
    current: join(schemaDir, 'api.graphql'),
    baseline: join(schemaDir, 'baseline', 'api.graphql'),
    record: join(schemaDir, 'accepted-changes.json'),
    changelog: join(schemaDir, 'CHANGELOG.md'),
  };
}

export type SchemaVerdict =
  | { status: 'current' }
  /** Breaking changes nobody has accepted yet (`others` are the safe ones that come with them). */
  | { status: 'breaking'; breaking: SchemaChange[]; others: SchemaChange[] }
  /** Only safe changes, or a baseline that differs in text only: folding them in needs no reason. */
  | { status: 'stale'; changes: SchemaChange[] }
  | { status: 'changelog-stale' };

const read = (file: string) => readFileSync(file, 'utf8');

export async function checkSchema(files: SchemaFiles): Promise<SchemaVerdict> {
  const current = read(files.current);
  const baseline = read(files.baseline);
  const changes = await schemaChanges(baseline, current);
  const breaking = changes.filter((c) => c.kind === 'breaking');
  if (breaking.length > 0)
    return { status: 'breaking', breaking, others: changes.filter((c) => c.kind !== 'breaking') };
  if (changes.length > 0 || current !== baseline) return { status: 'stale', changes };
  if (read(files.changelog) !== renderChangelog(readRecord(files.record))) return { status: 'changelog-stale' };
  return { status: 'current' };
}

export interface Acceptance {
  /** YYYY-MM-DD, from the caller's clock. */
  date: string;
  by: string;
  /** Required when a change is breaking: why clients may lose what they were promised. */
  reason?: string;
}

export type AcceptOutcome =
  | { status: 'unchanged' }
  /** `entry` is the record's newest entry, which now holds the changes. */
  | { status: 'accepted'; entry: SchemaRecordEntry; changes: SchemaChange[] }
  | { status: 'reason-required'; breaking: SchemaChange[] };

/**
 * Folds every change since the baseline into it: records them (newest first), copies the current
 * schema over the baseline and regenerates the changelog. Breaking changes only with a reason.
 */
export async function acceptSchema(files: SchemaFiles, acceptance: Acceptance): Promise<AcceptOutcome> {
  const current = read(files.current);
  const baseline = read(files.baseline);
  const record = readRecord(files.record);
  const changes = withNotices(await schemaChanges(baseline, current), baseline, record, acceptance.date);
  const breaking = changes.filter((c) => c.kind === 'breaking');
  if (breaking.length > 0 && !acceptance.reason?.trim()) return { status: 'reason-required', breaking };
  let entry: SchemaRecordEntry | undefined;
  if (changes.length > 0) {
    const reason = acceptance.reason?.trim() || undefined;
    const latest = record.entries[0];
    // Safe changes composed by one person on one day make one entry, however often they compose.
    if (!reason && latest && !latest.reason && latest.date === acceptance.date && latest.by === acceptance.by) {
      latest.changes.push(...changes);
      entry = latest;
    } else {
      entry = { date: acceptance.date, by: acceptance.by, reason, changes };
      record.entries.unshift(entry);
    }
    writeFileSync(files.record, printRecord(record));
  }
  writeFileSync(files.baseline, current);
  writeFileSync(files.changelog, renderChangelog(record));
  return entry ? { status: 'accepted', entry, changes } : { status: 'unchanged' };
}

/** Who folds changes in when nobody says: the git author, else the OS user. */
export function gitAuthor(): string {
  try {
    const name = execFileSync('git', ['config', 'user.name'], { encoding: 'utf8' }).trim();
    if (name) return name;
  } catch {
    // No git or no configured name: the OS user says enough.
  }
  return process.env.USER ?? 'unknown';
}
