export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

const KEY_PATTERN = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;

/**
 * Decodes Stripe's bracketed form encoding (`metadata[a]=1`, `expand[0]=x`, `expand[]=x`)
 * into nested objects, turning objects whose keys are all indexes into arrays.
 * Throws on keys that would both hold a value and nest one, which Stripe also refuses.
 */
export function parseForm(encoded: string): FormObject {
  const root: FormObject = {};
  for (const [key, value] of new URLSearchParams(encoded)) {
    insert(root, keyPath(key), value, key);
  }
  return arraysFromIndexes(root) as FormObject;
}

function keyPath(key: string): string[] {
  const match = KEY_PATTERN.exec(key);
  if (!match) return [key];
  const nested = match[2] === '' ? [] : match[2].slice(1, -1).split('][');
  return [match[1], ...nested];
}

function insert(root: FormObject, path: string[], value: string, fullKey: string): void {
  let node = root;
  path.forEach((rawSegment, index) => {
    const segment = rawSegment === '' ? String(Object.keys(node).length) : rawSegment;
    if (segment === '__proto__' || segment === 'constructor' || segment === 'prototype') {
      throw new Error(`Invalid parameter name: ${fullKey}`);
    }
    const last = index === path.length - 1;
    const existing = Object.hasOwn(node, segment) ? node[segment] : undefined;
    if (last) {
      if (existing !== undefined && typeof existing !== 'string') throw new Error(`Invalid hash: ${fullKey}`);
      node[segment] = value;
      return;
    }
    if (typeof existing === 'string') throw new Error(`Invalid hash: ${fullKey}`);
    const child = (existing as FormObject | undefined) ?? {};
    node[segment] = child;
    node = child;
  });
}

function arraysFromIndexes(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const converted: FormObject = {};
  for (const key of keys) converted[key] = arraysFromIndexes(value[key]);
  if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((key) => converted[key]);
  }
  return converted;
}
