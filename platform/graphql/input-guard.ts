import {
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { isId, UNKNOWN_ID } from './ids';
import { FieldError, ValidationError } from './user-error';

/** Whether a value is an id of the kind one argument, input field or entity key holds. */
export type IdFormat = (value: string) => boolean;

/**
 * Ids that are not platform ids (UUIDs), by schema coordinate: `Mutation.retryFailedJob(id:)` for
 * an argument, `SomeInput.someField` for an input field, `Entity.keyField` for an entity key.
 */
export type IdFormats = Record<string, IdFormat>;

export type InputProblem = 'INVALID_ID' | 'INVALID_CHARACTERS';

const MESSAGES: Record<InputProblem, string> = {
  INVALID_ID: 'Not a valid id.',
  INVALID_CHARACTERS: 'Text must not contain NUL characters or unpaired UTF-16 surrogates.',
};

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text PostgreSQL can store and UTF-8 can carry: no NUL, no half of a surrogate pair. */
export function isCleanText(value: string): boolean {
  return !value.includes('\0') && !UNPAIRED_SURROGATE.test(value);
}

interface Problem {
  path: string[];
  kind: InputProblem;
  /** Inside an input object rather than a plain argument. */
  inInput: boolean;
}

/** Checks one coerced value, records what is wrong, and returns it with malformed ids replaced. */
type Check = (value: unknown, path: string[], inInput: boolean, problems: Problem[]) => unknown;

type Args = Record<string, unknown>;

function replaced<T extends object>(value: T, key: string | number, next: unknown, original: T): T {
  if (value !== original) return Object.assign(value, { [key]: next });
  return (Array.isArray(value) ? Object.assign([...value], { [key]: next }) : { ...value, [key]: next }) as T;
}

/** Builds, once per schema, the checks of every argument and input field that holds an ID or a String. */
class CheckBuilder {
  private readonly objects = new Map<string, { check: Check | null; done: boolean }>();
  readonly usedFormats = new Set<string>();

  constructor(private readonly idFormats: IdFormats) {}

  idFormat(coordinate: string): IdFormat {
    const format = this.idFormats[coordinate];
    if (!format) return isId;
    this.usedFormats.add(coordinate);
    return format;
  }

  checkFor(type: GraphQLInputType, coordinate: string): Check | null {
    if (isNonNullType(type)) return this.checkFor(type.ofType, coordinate);
    if (isListType(type)) {
      const item = this.checkFor(type.ofType, coordinate);
      if (!item) return null;
      return (value, path, inInput, problems) => {
        if (!Array.isArray(value)) return value;
        let result = value;
        value.forEach((element: unknown, index) => {
          if (element === null || element === undefined) return;
          const next = item(element, [...path, String(index)], inInput, problems);
          if (next !== element) result = replaced(result, index, next, value);
        });
        return result;
      };
    }
    if (isInputObjectType(type)) return this.objectCheck(type);
    if (isScalarType(type) && type.name === 'ID') return idCheck(this.idFormat(coordinate));
    if (isScalarType(type) && type.name === 'String') return textCheck;
    return null;
  }

  private objectCheck(type: GraphQLInputObjectType): Check | null {
    const known = this.objects.get(type.name);
    // A recursive input type refers to itself before its check is built: defer to it.
    if (known)
      return known.done ? known.check : (...args: Parameters<Check>) => (known.check ? known.check(...args) : args[0]);
    const slot: { check: Check | null; done: boolean } = { check: null, done: false };
    this.objects.set(type.name, slot);
    const fields = Object.values(type.getFields()).flatMap((field) => {
      const check = this.checkFor(field.type, `${type.name}.${field.name}`);
      return check ? [{ name: field.name, check }] : [];
    });
    slot.check =
      fields.length === 0
        ? null
        : (value, path, _inInput, problems) => {
            if (value === null || typeof value !== 'object') return value;
            const original = value as Args;
            let result = original;
            for (const { name, check } of fields) {
              const element = original[name];
              if (element === null || element === undefined) continue;
              const next = check(element, [...path, name], true, problems);
              if (next !== element) result = replaced(result, name, next, original);
            }
            return result;
          };
    slot.done = true;
    return slot.check;
  }
}

function idCheck(format: IdFormat): Check {
  return (value, path, inInput, problems) => {
    if (typeof value === 'string' && format(value)) return value;
    problems.push({ path, kind: 'INVALID_ID', inInput });
    return UNKNOWN_ID;
  };
}

const textCheck: Check = (value, path, inInput, problems) => {
  if (typeof value === 'string' && !isCleanText(value)) problems.push({ path, kind: 'INVALID_CHARACTERS', inInput });
  return value;
};

function answersValidationError(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(field.type);
  return isUnionType(type) && type.getTypes().some((member) => member.name === ValidationError.name);
}

/**
 * What a field answers when its arguments break the input rules, or null to run it with malformed
 * ids replaced by UNKNOWN_ID (so it answers what it answers for an unknown id).
 */
function refusal(problems: Problem[], field: GraphQLField<unknown, unknown>): ValidationError | null {
  const reported = problems.filter((problem) => problem.kind === 'INVALID_CHARACTERS' || problem.inInput);
  if (reported.length > 0 && answersValidationError(field)) {
    return new ValidationError(
      reported.map((problem) => new FieldError(problem.path, problem.kind, MESSAGES[problem.kind])),
    );
  }
  const text = problems.find((problem) => problem.kind === 'INVALID_CHARACTERS');
  if (!text) return null;
  throw new GraphQLError(`"${text.path.join('.')}": ${MESSAGES.INVALID_CHARACTERS}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName: text.path[0], argumentPath: text.path, reason: text.kind },
  });
}

/** `after` of a connection is checked by its cursor codec, which accepts base64url only. */
function isPageCursor(field: GraphQLField<unknown, unknown>, argumentName: string): boolean {
  return argumentName === 'after' && field.args.some((arg) => arg.name === 'first');
}

function guardField(field: GraphQLField<unknown, unknown>, typeName: string, builder: CheckBuilder): void {
  const checks = field.args.flatMap((arg) => {
    if (isPageCursor(field, arg.name)) return [];
    const check = builder.checkFor(arg.type, `${typeName}.${field.name}(${arg.name}:)`);
    return check ? [{ name: arg.name, check }] : [];
  });
  if (checks.length === 0) return;
  const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args: Args, context, info) => {
    const problems: Problem[] = [];
    let checked = args;
    for (const { name, check } of checks) {
      const value = args[name];
      if (value === null || value === undefined) continue;
      const next = check(value, [name], false, problems);
      if (next !== value) checked = replaced(checked, name, next, args);
    }
    if (problems.length === 0) return resolve(source, args, context, info);
    return refusal(problems, field) ?? resolve(source, checked, context, info);
  };
}

/** `_entities`: a representation whose id key is malformed resolves to null without reaching a reference resolver. */
function guardEntities(schema: GraphQLSchema, builder: CheckBuilder): void {
  const entityUnion = schema.getType('_Entity');
  const entities = schema.getQueryType()?.getFields()._entities;
  if (!isUnionType(entityUnion) || !entities?.resolve) return;
  const keys = new Map(
    entityUnion.getTypes().map((type) => [
      type.name,
      Object.values(type.getFields())
        .filter((field) => getNamedType(field.type).name === 'ID')
        .map((field) => ({ name: field.name, format: builder.idFormat(`${type.name}.${field.name}`) })),
    ]),
  );
  const wellFormed = (representation: Args) =>
    (keys.get(String(representation.__typename)) ?? []).every(
      ({ name, format }) =>
        !(name in representation) || (typeof representation[name] === 'string' && format(representation[name])),
    );
  const resolve = entities.resolve;
  entities.resolve = (source, args: Args, context, info) => {
    const representations = args.representations as Args[];
    const valid = representations.map(wellFormed);
    if (valid.every(Boolean)) return resolve(source, args, context, info);
    const rest = { ...args, representations: representations.filter((_, i) => valid[i]) };
    return Promise.resolve(resolve(source, rest, context, info) as unknown[]).then((resolved) => {
      let next = 0;
      return valid.map((ok) => (ok ? resolved[next++] : null));
    });
  };
}

/**
 * The input rules of every subgraph, applied once to the built schema: each ID argument and input
 * field (nested, in lists) must be a platform id (or match its IdFormats entry), and each String must
 * be clean text. A malformed id in a plain argument is replaced by UNKNOWN_ID, so the field answers
 * as for an unknown id; inside an input object it is a ValidationError field error (INVALID_ID) when
 * the field's union has ValidationError. Unclean text is such a field error (INVALID_CHARACTERS), or
 * else a BAD_USER_INPUT error naming the argument. Fields without ID or String arguments are untouched.
 */
export function guardInputs(schema: GraphQLSchema, idFormats: IdFormats = {}): void {
  const builder = new CheckBuilder(idFormats);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) guardField(field, type.name, builder);
  }
  guardEntities(schema, builder);
  const unused = Object.keys(idFormats).filter((coordinate) => !builder.usedFormats.has(coordinate));
  if (unused.length > 0)
    throw new Error(`idFormats name no ID argument, input field or entity key: ${unused.join(', ')}`);
}
