import { getNamedType, getNullableType, isCompositeType, isListType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { CostDirectives, ListSize } from './cost-directives';

/** What a root mutation field costs unless it says otherwise (Apollo's demand-control default). */
export const MUTATION_WEIGHT = 10;

function itemsRequested(listSize: ListSize, args: Record<string, unknown>): number {
  const sliced = listSize.slicingArguments.map((name) => args[name]).filter((v): v is number => typeof v === 'number');
  if (sliced.length > 0) return Math.max(...sliced);
  return listSize.assumedSize ?? 1;
}

/**
 * Cost of one field, following Apollo's demand-control rules: an object costs 1 (or its type's
 * `@cost`), a scalar or enum 0, a root mutation field 10, a field's own `@cost` overrides; a
 * `@listSize` field multiplies by the items requested (slicing argument such as `first`, else the
 * assumed size). With `sizedFields` (connections) the multiplier applies to everything below the
 * field, `pageInfo` included: a small overestimate, never an underestimate.
 */
export function demandControlEstimator(directives: CostDirectives): ComplexityEstimator {
  return ({ type: parentType, field, args, childComplexity }) => {
    const key = `${parentType.name}.${field.name}`;
    const returned = getNamedType(field.type);
    const ownWeight =
      directives.fieldWeights.get(key) ??
      (parentType.name === 'Mutation'
        ? MUTATION_WEIGHT
        : isCompositeType(returned)
          ? (directives.typeWeights.get(returned.name) ?? 1)
          : 0);
    const listSize = directives.listSizes.get(key);
    if (!listSize) return ownWeight + childComplexity;
    const items = itemsRequested(listSize, args);
    if (listSize.sizedFields.length > 0 || !isListType(getNullableType(field.type)))
      return ownWeight + items * childComplexity;
    return items * (ownWeight + childComplexity);
  };
}
