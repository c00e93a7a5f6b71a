import { parameterError } from './stripe-errors';
import { type StripeObject } from './stripe-objects';

type Lookup = (id: string) => StripeObject | undefined;

/**
 * Returns a copy of `object` with the `expand[]` paths (dotted for nested expansion, e.g.
 * `latest_charge.payment_intent`) replaced by the objects their ids point to.
 */
export function expand<T extends StripeObject>(object: T, paths: readonly string[], lookup: Lookup): T {
  const copy = structuredClone(object);
  for (const path of paths) expandPath(copy as unknown as Record<string, unknown>, path.split('.'), path, lookup);
  return copy;
}

function expandPath(target: Record<string, unknown>, segments: string[], fullPath: string, lookup: Lookup): void {
  const [field, ...rest] = segments;
  const current = target[field];
  let expanded: unknown = current;
  if (typeof current === 'string') {
    const object = lookup(current);
    if (!object) throw parameterError(`This property cannot be expanded (${fullPath}).`, 'expand');
    expanded = structuredClone(object);
    target[field] = expanded;
  }
  if (expanded === null && rest.length === 0) return;
  if (typeof expanded !== 'object' || expanded === null) {
    throw parameterError(`This property cannot be expanded (${fullPath}).`, 'expand');
  }
  if (rest.length > 0) expandPath(expanded as Record<string, unknown>, rest, fullPath, lookup);
}
