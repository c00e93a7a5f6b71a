import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/** How a change reads in the changelog, in the changelog's order; only `breaking` needs someone to accept it with a reason. */
export const CHANGE_KINDS = ['breaking', 'deprecated', 'dangerous', 'added', 'changed'] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface SchemaChange {
  kind: ChangeKind;
  /** graphql-inspector's change type, e.g. FIELD_REMOVED. */
  type: string;
  /** Schema coordinate, e.g. `Query.me`; empty for schema-wide changes. */
  path: string;
  message: string;
  /** For a removal: whether and since when it was deprecated (see schema-notice.ts). */
  notice?: string;
}

function kindOf(change: Change): ChangeKind {
  if (change.criticality.level === CriticalityLevel.Breaking) return 'breaking';
  if (change.criticality.level === CriticalityLevel.Dangerous) return 'dangerous';
  if (/DEPRECATION_(ADDED|REASON_ADDED|REASON_CHANGED)$/.test(change.type)) return 'deprecated';
  if (/_ADDED$/.test(change.type) && !/DESCRIPTION/.test(change.type)) return 'added';
  return 'changed';
}

/**
 * graphql-inspector reports a new `@deprecated` twice more, as a directive usage and its argument;
 * the deprecation change alone says it.
 */
const repeatsADeprecation = (change: Change) =>
  change.type.startsWith('DIRECTIVE_USAGE_') && (change.path ?? '').includes('.@deprecated');

const REASON_KEYS = [
  'deprecationReason',
  'addedDeprecationReason',
  'addedValueDeprecationReason',
  'newDeprecationReason',
  'newEnumValueDeprecationReason',
];

/** graphql-inspector's message for a deprecation leaves out the reason, which is what clients need. */
function messageOf(change: Change, kind: ChangeKind): string {
  if (kind !== 'deprecated') return change.message;
  const meta: Record<string, unknown> = change.meta ?? {};
  const reason = REASON_KEYS.map((key) => meta[key]).find((v) => typeof v === 'string');
  return reason ? `${change.message}: "${reason}"` : change.message;
}

/** Every change from `baselineSdl` to `currentSdl`, classified by graphql-inspector's criticality. */
export async function schemaChanges(baselineSdl: string, currentSdl: string): Promise<SchemaChange[]> {
  const changes = await diff(buildSchema(baselineSdl), buildSchema(currentSdl));
  return changes
    .filter((change) => !repeatsADeprecation(change))
    .map((change) => {
      const kind = kindOf(change);
      return { kind, type: change.type, path: change.path ?? '', message: messageOf(change, kind) };
    });
}
