import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { LimitError } from './limit-errors';

/**
 * Depth, in fields from the root, of an operation's deepest path through `__schema` (0 without one).
 * The depth limit leaves `__schema` out because the standard introspection query is deeper than any
 * operation needs (15); this measures it for a cap of its own. Fragments add no level, so a client
 * cannot hide depth in them; each fragment is measured once, and a cycle (refused by validation
 * anyway) ends the walk.
 */
export function introspectionDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, number>();
  const walk = (set: SelectionSetNode, inSchema: boolean): number => {
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const inside = inSchema || selection.name.value === '__schema';
        const below = selection.selectionSet ? walk(selection.selectionSet, inside) : 0;
        if (inside || below > 0) deepest = Math.max(deepest, 1 + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, walk(selection.selectionSet, inSchema));
      } else {
        const key = `${selection.name.value}:${inSchema}`;
        if (!measured.has(key)) {
          measured.set(key, 0);
          const fragment = fragments.get(selection.name.value);
          measured.set(key, fragment ? walk(fragment.selectionSet, inSchema) : 0);
        }
        deepest = Math.max(deepest, measured.get(key) ?? 0);
      }
    }
    return deepest;
  };
  return walk(operation.selectionSet, false);
}

/** Refuses an operation whose introspection is deeper than `max`, with one validation error. */
export function introspectionDepthRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const depth = introspectionDepth(context.getDocument(), operation);
      if (depth > max) {
        context.reportError(
          new LimitError(
            `Introspection depth limit of ${max} exceeded, found ${depth}.`,
            'MAX_DEPTH_EXCEEDED',
            operation,
          ),
        );
      }
    },
  });
}
