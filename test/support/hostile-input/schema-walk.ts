import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** The schema clients see (written by `npm run compose`). */
export const API_SCHEMA_PATH = join(__dirname, '..', '..', '..', 'schema', 'api.graphql');

export function loadApiSchema(): GraphQLSchema {
  return buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));
}

type AnyField = GraphQLField<unknown, unknown>;

/** A field whose arguments are walked: a root field, or a field with arguments reached from a root query field. */
export interface Target {
  /** `Query.quote`, `Mutation.createBooking`, `Listing.calendar` */
  coordinate: string;
  operation: 'query' | 'mutation';
  field: AnyField;
  /** For a field below the root: the root query field and the fields from its result down to the field's parent. */
  via?: { root: AnyField; coordinate: string; path: string[] };
}

export function rootTargets(schema: GraphQLSchema): Target[] {
  const roots: [GraphQLObjectType | null | undefined, Target['operation']][] = [
    [schema.getQueryType(), 'query'],
    [schema.getMutationType(), 'mutation'],
  ];
  return roots.flatMap(([type, operation]) =>
    type
      ? Object.values(type.getFields()).map((field) => ({ coordinate: `${type.name}.${field.name}`, operation, field }))
      : [],
  );
}

/**
 * Every field with arguments below the root (`Listing.calendar(from, to)`), each with the shortest
 * way to it from a root query field (`prefer` names the root field to use for a type, e.g.
 * `{ Listing: 'listing' }`); fields no query reaches are returned as `unreachable`.
 */
export function nestedTargets(
  schema: GraphQLSchema,
  prefer: Record<string, string> = {},
): { targets: Target[]; unreachable: string[] } {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const routes = new Map<string, { root: AnyField; path: string[] }>();
  if (query) {
    const rootFields = Object.values(query.getFields());
    for (const [typeName, fieldName] of Object.entries(prefer)) {
      const root = query.getFields()[fieldName];
      if (root && getNamedType(root.type).name === typeName) routes.set(typeName, { root, path: [] });
    }
    let frontier = rootFields.flatMap((root) => {
      const named = getNamedType(root.type);
      return isObjectType(named) ? [{ type: named, root, path: [] as string[] }] : [];
    });
    while (frontier.length > 0) {
      const next: typeof frontier = [];
      for (const step of frontier) {
        if (routes.has(step.type.name) && routes.get(step.type.name)?.path.length !== step.path.length) continue;
        if (!routes.has(step.type.name)) routes.set(step.type.name, { root: step.root, path: step.path });
        for (const field of Object.values(step.type.getFields())) {
          const named = getNamedType(field.type);
          if (field.args.length === 0 && isObjectType(named) && !routes.has(named.name))
            next.push({ type: named, root: step.root, path: [...step.path, field.name] });
        }
      }
      frontier = next;
    }
  }
  const targets: Target[] = [];
  const unreachable: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type === query || type === mutation || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const coordinate = `${type.name}.${field.name}`;
      const route = routes.get(type.name);
      if (!route) unreachable.push(coordinate);
      else
        targets.push({
          coordinate,
          operation: 'query',
          field,
          via: { root: route.root, coordinate: `${query?.name}.${route.root.name}`, path: route.path },
        });
    }
  }
  return { targets, unreachable };
}

/** A step into an input value: an input field name, or 0 for an element of a list. */
export type PathSegment = string | 0;

/** One place a client puts a value: an argument, or a field (at any depth) of an input object argument. */
export interface Leaf {
  target: Target;
  /** From the argument name down: `['input', 'address', 'city']`, `['photoIds']`. */
  path: PathSegment[];
  /** `input.address.city`, `photoIds` */
  label: string;
  /** The leaf's own name (argument or input field), which can say what a string carries. */
  name: string;
  /** Its schema coordinate: `Mutation.quote(checkIn:)`, `AddressInput.city`. */
  coordinate: string;
  type: GraphQLInputType;
  /** The scalar or enum the value is made of. */
  named: GraphQLNamedType;
  /** The leaf is a list of `named` values. */
  list: boolean;
}

export function leavesOf(target: Target): Leaf[] {
  const leaves: Leaf[] = [];
  const visit = (type: GraphQLInputType, path: PathSegment[], name: string, coordinate: string, seen: Set<string>) => {
    const nullable = getNullableType(type);
    const list = isListType(nullable);
    const item = list ? getNullableType(nullable.ofType as GraphQLInputType) : nullable;
    if (isInputObjectType(item)) {
      if (seen.has(item.name)) return;
      const inner = list ? [...path, 0 as const] : path;
      for (const field of Object.values(item.getFields()))
        visit(
          field.type,
          [...inner, field.name],
          field.name,
          inputFieldCoordinate(item, field),
          new Set([...seen, item.name]),
        );
      return;
    }
    leaves.push({ target, path, label: labelOf(path), name, coordinate, type, named: getNamedType(type), list });
  };
  for (const { arg, coordinate } of argumentsOf(target)) visit(arg.type, [arg.name], arg.name, coordinate, new Set());
  return leaves;
}

export function labelOf(path: PathSegment[]): string {
  return path.map((segment) => (segment === 0 ? '[]' : segment)).join('.');
}

/** Non-null without a default: a call must give it. */
export const isRequired = (input: GraphQLArgument | GraphQLInputField) =>
  isNonNullType(input.type) && input.defaultValue === undefined;

/** Schema coordinates of an argument (`Mutation.createBooking(input:)`) and of an input field (`CreateBookingInput.checkIn`). */
export const argumentCoordinate = (parent: string, field: AnyField, arg: GraphQLArgument) =>
  `${parent}.${field.name}(${arg.name}:)`;
export const inputFieldCoordinate = (type: GraphQLNamedType, field: GraphQLInputField) => `${type.name}.${field.name}`;

/** Where valid values come from: `byCoordinate` first, then by the named type; undefined when none. */
export interface ValidValues<Call> {
  byCoordinate: Record<string, (call: Call) => unknown>;
  byType: Record<string, (call: Call) => unknown>;
}

export class MissingValidValue extends Error {}

/** The coordinates (argument or input field) at which `validValue` looks for a value. */
export function argumentsOf(target: Target): { arg: GraphQLArgument; coordinate: string; required: boolean }[] {
  const parent = target.coordinate.slice(0, target.coordinate.indexOf('.'));
  return target.field.args.map((arg) => ({
    arg,
    coordinate: argumentCoordinate(parent, target.field, arg),
    required: isRequired(arg),
  }));
}

/**
 * A valid value of `type` at `coordinate`: the table's, else an input object of valid required
 * fields, a one-element list, or the type's fallback (enums: their first value).
 */
export async function validValue<Call>(
  values: ValidValues<Call>,
  type: GraphQLInputType,
  coordinate: string,
  call: Call,
): Promise<unknown> {
  const own = values.byCoordinate[coordinate];
  if (own) return own(call);
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [await validValue(values, nullable.ofType as GraphQLInputType, coordinate, call)];
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields()))
      if (isRequired(field))
        value[field.name] = await validValue(values, field.type, inputFieldCoordinate(nullable, field), call);
    return value;
  }
  const fallback = values.byType[nullable.name];
  if (fallback) return fallback(call);
  if (isEnumType(nullable)) return nullable.getValues()[0]?.value;
  throw new MissingValidValue(`no valid value for ${coordinate} (${nullable.name})`);
}

/**
 * Where the required values of a call would come from, checked without calling anything:
 * `missing` coordinates neither the table nor a fallback can give, `byType` those left to the
 * fallback of their type.
 */
export function validValueSources<Call>(
  values: ValidValues<Call>,
  target: Target,
): { missing: string[]; byType: { coordinate: string; type: string }[] } {
  const missing: string[] = [];
  const byType: { coordinate: string; type: string }[] = [];
  const check = (type: GraphQLInputType, coordinate: string, seen: Set<string>) => {
    if (values.byCoordinate[coordinate]) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) return check(nullable.ofType as GraphQLInputType, coordinate, seen);
    if (isInputObjectType(nullable)) {
      if (seen.has(nullable.name)) return;
      for (const field of Object.values(nullable.getFields()))
        if (isRequired(field))
          check(field.type, inputFieldCoordinate(nullable, field), new Set([...seen, nullable.name]));
      return;
    }
    if (values.byType[nullable.name]) byType.push({ coordinate, type: nullable.name });
    else if (!isEnumType(nullable)) missing.push(`${coordinate} (${nullable.name})`);
  };
  for (const { arg, coordinate, required } of argumentsOf(target)) if (required) check(arg.type, coordinate, new Set());
  if (target.via)
    for (const arg of target.via.root.args)
      if (isRequired(arg)) check(arg.type, argumentCoordinate('Query', target.via.root, arg), new Set());
  return { missing, byType };
}

/**
 * The value of an argument with `hostile` at `path` (below the argument) and valid values around
 * it: required siblings at every level, table values as the base of input objects.
 */
export async function valueWithHostile<Call>(
  values: ValidValues<Call>,
  type: GraphQLInputType,
  coordinate: string,
  path: PathSegment[],
  hostile: unknown,
  call: Call,
): Promise<unknown> {
  if (path.length === 0) return hostile;
  const [segment, ...rest] = path;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (segment !== 0) throw new Error(`list step expected at ${coordinate}`);
    return [await valueWithHostile(values, nullable.ofType as GraphQLInputType, coordinate, rest, hostile, call)];
  }
  if (!isInputObjectType(nullable) || segment === 0) throw new Error(`cannot step into ${coordinate} with ${segment}`);
  const own = values.byCoordinate[coordinate];
  const base = { ...((own ? await own(call) : {}) as Record<string, unknown>) };
  for (const field of Object.values(nullable.getFields()))
    if (isRequired(field) && !(field.name in base))
      base[field.name] = await validValue(values, field.type, inputFieldCoordinate(nullable, field), call);
  const field = nullable.getFields()[segment];
  base[segment] = await valueWithHostile(
    values,
    field.type,
    inputFieldCoordinate(nullable, field),
    rest,
    hostile,
    call,
  );
  return base;
}

/** A value written as a GraphQL literal (strings JSON-escaped, enum values bare when they are names). */
export function printLiteral(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = nullable.ofType as GraphQLInputType;
    return Array.isArray(value) ? `[${value.map((v) => printLiteral(v, item)).join(', ')}]` : printLiteral(value, item);
  }
  if (isInputObjectType(nullable) && typeof value === 'object') {
    const fields = nullable.getFields();
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${k}: ${fields[k] ? printLiteral(v, fields[k].type) : JSON.stringify(v)}`,
    );
    return `{ ${entries.join(', ')} }`;
  }
  if (isEnumType(nullable) && typeof value === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** A selection of every field without arguments, `depth` object levels deep, with every union member. */
export function selectionFor(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named))
    return `{ __typename ${named
      .getTypes()
      .map((member) => `... on ${member.name} ${selectionFor(member, depth)}`)
      .join(' ')} }`;
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.length > 0) continue;
    if (isLeafType(getNamedType(field.type))) parts.push(field.name);
    else if (depth > 1) parts.push(`${field.name} ${selectionFor(field.type, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** An argument as sent: a variable, or a literal in the document. */
export interface SentArgument {
  arg: GraphQLArgument;
  value: unknown;
  inline: boolean;
}

/**
 * The operation that calls `target` with `args` (and, below the root, `rootArgs` for the root
 * field), selecting `selection` from its result.
 */
export function operationFor(
  target: Target,
  args: SentArgument[],
  rootArgs: SentArgument[],
  selection: string,
): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const argumentList = (sent: SentArgument[], prefix: string) => {
    const parts = sent.map(({ arg, value, inline }) => {
      if (inline) return `${arg.name}: ${printLiteral(value, arg.type)}`;
      const name = `${prefix}${arg.name}`;
      definitions.push(`$${name}: ${String(arg.type)}`);
      variables[name] = value;
      return `${arg.name}: $${name}`;
    });
    return parts.length > 0 ? `(${parts.join(', ')})` : '';
  };
  let body = `${target.field.name}${argumentList(args, 'a_')} ${selection}`;
  if (target.via) {
    for (const step of [...target.via.path].reverse()) body = `${step} { __typename ${body} }`;
    body = `${target.via.root.name}${argumentList(rootArgs, 'r_')} { __typename ${body} }`;
  }
  const name = `Hostile_${target.coordinate.replace('.', '_')}`;
  const signature = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
  return { query: `${target.operation} ${name}${signature} { ${body} }`, variables };
}
