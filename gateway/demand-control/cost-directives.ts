import { Kind, parse, valueFromASTUntyped, type ConstDirectiveNode } from 'graphql';

export interface ListSize {
  assumedSize?: number;
  slicingArguments: string[];
  /** Child fields the size applies to (a connection's `edges`); empty: the field itself is the list. */
  sizedFields: string[];
}

/** Federation demand-control directives (`@cost`, `@listSize`) as composed into the supergraph. */
export interface CostDirectives {
  /** `Type.field` → weight. */
  fieldWeights: Map<string, number>;
  /** Type → weight of each object of it. */
  typeWeights: Map<string, number>;
  /** `Type.field` → how many items it returns. */
  listSizes: Map<string, ListSize>;
}

function argument(directive: ConstDirectiveNode, name: string): unknown {
  const arg = directive.arguments?.find((a) => a.name.value === name);
  return arg ? valueFromASTUntyped(arg.value) : undefined;
}

/**
 * Reads them from the supergraph SDL: the gateway's API schema drops them, and
 * graphql-query-complexity knows only its own `@complexity`.
 */
export function readCostDirectives(supergraphSdl: string): CostDirectives {
  const directives: CostDirectives = { fieldWeights: new Map(), typeWeights: new Map(), listSizes: new Map() };
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const typeName = definition.name.value;
    const typeCost = definition.directives?.find((d) => d.name.value === 'cost');
    if (typeCost) directives.typeWeights.set(typeName, Number(argument(typeCost, 'weight')));
    for (const field of definition.fields ?? []) {
      const key = `${typeName}.${field.name.value}`;
      for (const directive of field.directives ?? []) {
        if (directive.name.value === 'cost') directives.fieldWeights.set(key, Number(argument(directive, 'weight')));
        if (directive.name.value === 'listSize') {
          directives.listSizes.set(key, {
            assumedSize: argument(directive, 'assumedSize') as number | undefined,
            slicingArguments: (argument(directive, 'slicingArguments') as string[] | undefined) ?? [],
            sizedFields: (argument(directive, 'sizedFields') as string[] | undefined) ?? [],
          });
        }
      }
    }
  }
  return directives;
}
