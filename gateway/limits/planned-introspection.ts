import { buildSchema } from '@apollo/federation-internals';
import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * The introspection fields and arguments the query planner knows, by type (`__Type` → `kind`, …).
 * graphql-js validates against its own, newer introspection types (e.g. `__Type.isOneOf`), which
 * the planner then fails on: an internal error for a valid-looking query.
 */
function plannerIntrospection(): Map<string, Map<string, Set<string>>> {
  const schema = buildSchema('type Query { _: Int }');
  const known = new Map<string, Map<string, Set<string>>>();
  for (const type of schema.allTypes()) {
    if (!type.name.startsWith('__') || type.kind !== 'ObjectType') continue;
    const fields = type.fields();
    known.set(type.name, new Map(fields.map((f) => [f.name, new Set(f.arguments().map((a) => a.name))])));
  }
  return known;
}

const KNOWN = plannerIntrospection();

/** Refuses, as a validation error, introspection the planner cannot answer, instead of failing while planning. */
export const plannedIntrospectionOnly: ValidationRule = (context) => ({
  Field(node) {
    const parent = context.getParentType();
    const fields = parent ? KNOWN.get(parent.name) : undefined;
    if (!fields) return;
    const args = fields.get(node.name.value);
    const unknownArg = node.arguments?.find((arg) => !args?.has(arg.name.value));
    if (args && !unknownArg) return;
    const what = args
      ? `argument "${unknownArg?.name.value}" of field "${node.name.value}"`
      : `field "${node.name.value}"`;
    context.reportError(
      new GraphQLError(`Introspection ${what} on type "${parent?.name}" is not supported here.`, { nodes: node }),
    );
  },
});
