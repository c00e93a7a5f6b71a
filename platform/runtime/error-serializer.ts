/**
 * What a log line keeps of a thrown value. Driver, ORM and upstream messages are never kept as text:
 * knex puts the SQL with its bound values in the message (a new password's hash, an email),
 * PostgreSQL's `detail` repeats the failing row, and an upstream body may hold anything. Their
 * structured facts (SQLSTATE, constraint, table) say what went wrong without them.
 */
export interface SerializedError {
  type: string;
  /** Only for errors whose text is the program's own. */
  message?: string;
  /** Stack frames; the header line (which repeats the message) only when the message is kept. */
  stack?: string;
  code?: string | number;
  constraint?: string;
  table?: string;
  schema?: string;
  column?: string;
  dataType?: string;
  errno?: number;
  syscall?: string;
  address?: string;
  port?: number;
  status?: number;
  path?: readonly (string | number)[];
  serviceName?: string;
  cause?: SerializedError;
  errors?: SerializedError[];
}

const MAX_DEPTH = 5;
const SQLSTATE = /^[0-9A-Z]{5}$/;
const FRAME = /^\s*at (?:async )?\S.*(?::\d+:\d+\)?|\(native\)|\(<anonymous>\))$/;

type Fields = Record<string, unknown>;

/** An error's own fields: drivers and Node hang their facts (code, constraint, syscall) on the error itself. */
const fieldsOf = (error: Error): Fields => error as Error & Fields;

/** A pino `err` serializer: every process logs errors through it. */
export function serializeError(value: unknown): SerializedError {
  return serialize(value, 0);
}

/** One line for places that need text (a job's `last_error`, a log message): the kept facts only. */
export function describeError(value: unknown): string {
  const s = serializeError(value);
  const facts = [s.code, s.constraint && `constraint ${s.constraint}`, s.table && `table ${s.table}`].filter(Boolean);
  return [s.message ? `${s.type}: ${s.message}` : s.type, ...facts].join(', ');
}

/** For a process that stops on an error and prints why: the message when it is the program's own, else the description. */
export function safeMessage(value: unknown): string {
  return serializeError(value).message ?? describeError(value);
}

/** pg's DatabaseError and MikroORM's DriverException subclasses (which copy pg's fields). */
export function isDriverError(value: unknown): boolean {
  if (!(value instanceof Error)) return false;
  const fields = fieldsOf(value);
  if (inherits(value, 'DriverException')) return true;
  if (typeof fields.sqlState === 'string') return true;
  return typeof fields.code === 'string' && SQLSTATE.test(fields.code) && ('severity' in fields || 'routine' in fields);
}

function serialize(value: unknown, depth: number): SerializedError {
  if (!(value instanceof Error)) {
    // A thrown string or a subgraph's error object: its text came from somewhere this code does not control.
    const fields = isObject(value) ? value : {};
    const code = isObject(fields.extensions) ? fields.extensions.code : fields.code;
    return { type: isObject(value) ? 'upstream error' : typeof value, ...pick({ code }, ['code']) };
  }
  const fields = fieldsOf(value);
  const type = typeName(value);
  const nested = depth < MAX_DEPTH ? nestedErrors(value, depth) : {};
  if (isDriverError(value)) {
    return {
      type,
      ...pick({ ...fields, code: fields.sqlState ?? fields.code }, [
        'code',
        'constraint',
        'table',
        'schema',
        'column',
        'dataType',
      ]),
      stack: framesOf(value.stack),
      ...nested,
    };
  }
  if (isSystemError(fields)) {
    return {
      type,
      ...pick(fields, ['code', 'errno', 'syscall', 'address', 'port']),
      stack: framesOf(value.stack),
      ...nested,
    };
  }
  if (type === 'GraphQLError' || inherits(value, 'GraphQLError')) return serializeGraphQLError(value, depth, nested);
  if (isOrmError(value)) {
    // MikroORM's own errors quote the entity and the where clause ("User not found ({ email: … })").
    return { type, stack: framesOf(value.stack), ...nested };
  }
  // A programming error keeps its text, unless it quotes a nested error whose text is withheld.
  const quotesWithheld = textsWithheld(value, depth).some((text) => value.message.includes(text));
  return {
    type,
    ...(quotesWithheld ? {} : { message: value.message }),
    ...pick(fields, ['code', 'status', 'statusCode']),
    stack: quotesWithheld ? framesOf(value.stack) : value.stack,
    ...nested,
  };
}

function serializeGraphQLError(value: Error, depth: number, nested: Partial<SerializedError>): SerializedError {
  const fields = fieldsOf(value);
  const extensions = isObject(fields.extensions) ? fields.extensions : {};
  const response = isObject(extensions.response) ? extensions.response : undefined;
  const original = fields.originalError;
  // With an original error (or an upstream response) the message is a copy of text from elsewhere.
  const ownText = original == null && response == null;
  return {
    type: 'GraphQLError',
    ...(ownText ? { message: value.message } : {}),
    ...pick({ code: extensions.code, serviceName: extensions.serviceName, status: response?.status }, [
      'code',
      'serviceName',
      'status',
    ]),
    ...(Array.isArray(fields.path) ? { path: fields.path as (string | number)[] } : {}),
    ...(original != null && depth < MAX_DEPTH ? { cause: serialize(original, depth + 1) } : {}),
    ...(ownText ? {} : { stack: framesOf(value.stack) }),
    ...nested,
  };
}

function nestedErrors(value: Error, depth: number): Partial<SerializedError> {
  const fields = fieldsOf(value);
  return {
    ...(fields.cause != null ? { cause: serialize(fields.cause, depth + 1) } : {}),
    ...(Array.isArray(fields.errors) ? { errors: fields.errors.map((e) => serialize(e, depth + 1)) } : {}),
  };
}

/** Messages of nested errors whose text is withheld, so an outer message that quotes one is withheld too. */
function textsWithheld(value: Error, depth: number): string[] {
  if (depth >= MAX_DEPTH) return [];
  const fields = fieldsOf(value);
  const inner = [fields.cause, ...(Array.isArray(fields.errors) ? fields.errors : [])].filter(
    (e): e is Error => e instanceof Error,
  );
  return inner.flatMap((e) => {
    const own = isDriverError(e) || isOrmError(e) || isSystemError(fieldsOf(e)) ? [firstLine(e.message)] : [];
    return [...own.filter((t) => t.length >= 8), ...textsWithheld(e, depth + 1)];
  });
}

function isSystemError(fields: Fields): boolean {
  return typeof fields.syscall === 'string' || (typeof fields.errno === 'number' && typeof fields.code === 'string');
}

function isOrmError(value: Error): boolean {
  return (
    ['NotFoundError', 'ValidationError', 'OptimisticLockError', 'CursorError'].some((n) => inherits(value, n)) &&
    'entity' in value
  );
}

function inherits(value: object, name: string): boolean {
  for (
    let proto = Object.getPrototypeOf(value);
    proto && proto !== Error.prototype;
    proto = Object.getPrototypeOf(proto)
  )
    if (proto.constructor?.name === name) return true;
  return false;
}

function typeName(value: Error): string {
  const name = value.constructor?.name;
  return name && name !== 'Error' ? name : value.name || 'Error';
}

function framesOf(stack: string | undefined): string | undefined {
  const frames = (stack ?? '').split('\n').filter((line) => FRAME.test(line));
  return frames.length ? frames.join('\n') : undefined;
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}

function pick(fields: Fields, keys: readonly string[]): Partial<SerializedError> {
  const kept: Fields = {};
  for (const key of keys) {
    const v = fields[key];
    if (typeof v === 'string' ? v.length > 0 && v.length <= 200 : typeof v === 'number') kept[key] = v;
  }
  return kept as Partial<SerializedError>;
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null;
}
