import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { type SchemaChange } from './schema-changes';
import { type SchemaRecord } from './schema-record';

const REMOVALS = ['FIELD_REMOVED', 'INPUT_FIELD_REMOVED', 'FIELD_ARGUMENT_REMOVED', 'ENUM_VALUE_REMOVED'];

/** The `@deprecated` reason of a coordinate (`Type.field`, `Type.field.arg`, `Enum.VALUE`), if any. */
function deprecationIn(schema: GraphQLSchema, path: string): string | undefined {
  const [typeName, member, argument] = path.split('.');
  const type = schema.getType(typeName);
  if (isEnumType(type)) return type.getValue(member)?.deprecationReason ?? undefined;
  if (isInputObjectType(type)) return type.getFields()[member]?.deprecationReason ?? undefined;
  if (!isObjectType(type) && !isInterfaceType(type)) return undefined;
  const field = type.getFields()[member];
  if (argument === undefined) return field?.deprecationReason ?? undefined;
  return field?.args.find((a) => a.name === argument)?.deprecationReason ?? undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Adds to each removal how much notice clients had, so the changelog shows whether the deprecation
 * policy was kept. The date is the record's latest deprecation of that coordinate.
 */
export function withNotices(changes: SchemaChange[], baselineSdl: string, record: SchemaRecord, date: string) {
  const removals = changes.filter((c) => REMOVALS.includes(c.type));
  if (removals.length === 0) return changes;
  const baseline = buildSchema(baselineSdl);
  const noticeOf = (removal: SchemaChange) => {
    if (deprecationIn(baseline, removal.path) === undefined) return 'removed without deprecation';
    const deprecated = record.entries.find((e) =>
      e.changes.some(
        (c) => c.kind === 'deprecated' && (c.path === removal.path || c.path.startsWith(`${removal.path}.`)),
      ),
    );
    if (!deprecated) return 'deprecated before this record began';
    const days = Math.round((Date.parse(date) - Date.parse(deprecated.date)) / DAY_MS);
    return `deprecated on ${deprecated.date}, ${days} days' notice`;
  };
  return changes.map((c) => (removals.includes(c) ? { ...c, notice: noticeOf(c) } : c));
}
