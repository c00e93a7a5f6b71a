import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CHANGE_KINDS, type ChangeKind, type SchemaChange } from './schema-changes';

const change = z.object({
  kind: z.enum(CHANGE_KINDS),
  type: z.string(),
  path: z.string(),
  message: z.string(),
  notice: z.string().optional(),
});

const entry = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    by: z.string().min(1),
    reason: z.string().min(1).optional(),
    changes: z.array(change),
  })
  .refine((e) => e.reason !== undefined || !e.changes.some((c) => c.kind === 'breaking'), {
    message: 'an entry with a breaking change needs the reason it was accepted',
  });

const record = z.object({ entries: z.array(entry) });

/** One step of the baseline: who folded which changes into it, when, and why (required for breaking ones). */
export type SchemaRecordEntry = z.infer<typeof entry>;
/** `schema/accepted-changes.json`: every change ever folded into the baseline, newest entry first. */
export type SchemaRecord = z.infer<typeof record>;

export function readRecord(file: string): SchemaRecord {
  return record.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function printRecord(value: SchemaRecord): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const HEADINGS: Record<ChangeKind, string> = {
  breaking: 'Breaking',
  deprecated: 'Deprecated',
  dangerous: 'Changed in a way that may affect clients',
  added: 'Added',
  changed: 'Changed',
};

const CREATES_A_COORDINATE = [
  'TYPE_ADDED',
  'FIELD_ADDED',
  'INPUT_FIELD_ADDED',
  'FIELD_ARGUMENT_ADDED',
  'ENUM_VALUE_ADDED',
];

/** A new type's fields, members and descriptions are part of adding it, not changes of their own. */
function worthListing(change: SchemaChange, all: SchemaChange[]): boolean {
  return !all.some(
    (other) =>
      other !== change &&
      CREATES_A_COORDINATE.includes(other.type) &&
      (change.path === other.path || change.path.startsWith(`${other.path}.`)),
  );
}

function renderEntry(e: SchemaRecordEntry): string {
  const lines = [`## ${e.date}`, '', `Folded in by ${e.by}.${e.reason ? ` Why: ${e.reason}` : ''}`];
  for (const kind of CHANGE_KINDS) {
    const listed = e.changes.filter((c) => c.kind === kind && worthListing(c, e.changes));
    if (listed.length === 0) continue;
    lines.push('', `### ${HEADINGS[kind]}`, '');
    for (const c of listed)
      lines.push(`- ${c.path ? `\`${c.path}\`: ` : ''}${c.message}${c.notice ? ` (${c.notice})` : ''}`);
  }
  return lines.join('\n');
}

/** `schema/CHANGELOG.md`, generated from the record alone so that it can be checked for staleness. */
export function renderChangelog(value: SchemaRecord): string {
  const intro = [
    '# API changelog',
    '',
    'Generated from `schema/accepted-changes.json` by `npm run compose` and `npm run schema:accept`: do not edit.',
    'Newest first. How fields are deprecated and removed: the README, "Schema evolution and deprecation".',
  ].join('\n');
  return `${[intro, ...value.entries.map(renderEntry)].join('\n\n')}\n`;
}
