import { PostgreSqlExceptionConverter } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { DatabaseError } from 'pg';
import { createLogger } from './logger';
import { describeError, serializeError } from './error-serializer';

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo';
const EMAIL = 'alice@example.com';
const SQL = `insert into "accounts"."users" ("id", "email", "password_hash", "display_name") values ('0193', '${EMAIL}', '${HASH}', 'Al\u0000ice')`;

/** What pg's protocol parser builds from PostgreSQL's ErrorResponse, with the message knex prefixes with the statement. */
function pgError(fields: Partial<DatabaseError> & { code: string; message: string }): DatabaseError {
  const error = new DatabaseError(fields.message, 120, 'error');
  Object.assign(error, {
    severity: 'ERROR',
    file: 'execMain.c',
    line: '2044',
    routine: 'ExecConstraints',
    where: `SQL statement "${SQL}"`,
    hint: `Check ${EMAIL}`,
    ...fields,
  });
  error.message = `${SQL} - ${fields.message}`;
  return error;
}

const checkViolation = () =>
  pgError({
    code: '23514',
    message: 'new row for relation "users" violates check constraint "users_display_name_check"',
    detail: `Failing row contains (0193, ${EMAIL}, ${HASH}, Al ice).`,
    schema: 'accounts',
    table: 'users',
    constraint: 'users_display_name_check',
  });

/** MikroORM's wrapper, as `em.flush()` throws it: the pg fields copied, the detail appended to the message. */
const driverException = () => new PostgreSqlExceptionConverter().convertException(checkViolation());

const leaks = (value: unknown) => {
  const text = JSON.stringify(value);
  return [HASH, EMAIL, 'insert into', 'Failing row', 'ExecConstraints', 'execMain'].filter((s) => text.includes(s));
};

describe('serializeError', () => {
  it('keeps SQLSTATE, constraint, table and schema of a pg error, never its text', () => {
    const serialized = serializeError(checkViolation());
    expect(serialized).toMatchObject({
      type: 'DatabaseError',
      code: '23514',
      constraint: 'users_display_name_check',
      table: 'users',
      schema: 'accounts',
    });
    expect(serialized.message).toBeUndefined();
    expect(leaks(serialized)).toEqual([]);
  });

  it('does the same for MikroORM’s DriverException, keeping only stack frames', () => {
    const error = driverException();
    expect(error.name).toBe('CheckConstraintViolationException');
    expect(error.stack).toContain(HASH);
    const serialized = serializeError(error);
    expect(serialized).toMatchObject({ type: 'CheckConstraintViolationException', code: '23514', table: 'users' });
    expect(serialized.stack).toMatch(/^\s+at /);
    expect(leaks(serialized)).toEqual([]);
  });

  it('withholds the driver text a GraphQLError or a wrapping error repeats', () => {
    const graphql = new GraphQLError(driverException().message, {
      originalError: driverException(),
      path: ['register'],
    });
    const wrapped = new Error(`could not register: ${checkViolation().message}`, { cause: checkViolation() });
    for (const error of [graphql, wrapped]) expect(leaks(serializeError(error))).toEqual([]);
    expect(serializeError(graphql)).toMatchObject({
      type: 'GraphQLError',
      path: ['register'],
      cause: { code: '23514' },
    });
    expect(serializeError(wrapped).cause).toMatchObject({ code: '23514', constraint: 'users_display_name_check' });
  });

  it('keeps a programming error’s message and stack', () => {
    const serialized = serializeError(new TypeError('cannot read properties of undefined'));
    expect(serialized).toMatchObject({ type: 'TypeError', message: 'cannot read properties of undefined' });
    expect(serialized.stack).toContain('TypeError: cannot read properties of undefined');
  });

  it('keeps a system error’s code and address, and an upstream response’s status but not its URL or body', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), {
      code: 'ECONNREFUSED',
      errno: -111,
      syscall: 'connect',
      address: '10.0.0.5',
      port: 5432,
    });
    expect(serializeError(new TypeError('fetch failed', { cause: refused }))).toMatchObject({
      message: 'fetch failed',
      cause: { code: 'ECONNREFUSED', syscall: 'connect', port: 5432 },
    });
    const upstream = new GraphQLError('500: Internal Server Error', {
      extensions: { response: { url: 'http://accounts.internal:4001/graphql', status: 500, body: { secret: HASH } } },
    });
    expect(serializeError(upstream)).toMatchObject({ type: 'GraphQLError', status: 500 });
    expect(JSON.stringify(serializeError(upstream))).not.toMatch(/accounts\.internal|argon2/);
  });

  it('describes an error in one safe line', () => {
    expect(describeError(driverException())).toBe(
      'CheckConstraintViolationException, 23514, constraint users_display_name_check, table users',
    );
    expect(describeError(new Error('doomed'))).toBe('Error: doomed');
  });
});

describe('the platform logger', () => {
  const logged = (write: (logger: ReturnType<typeof createLogger>) => void) => {
    const lines: string[] = [];
    write(createLogger({ level: 'info', name: 'spec', destination: { write: (line: string) => lines.push(line) } }));
    return lines.join('');
  };

  it('serializes `err` safely and never takes a driver message as the line’s message', () => {
    for (const write of [
      (l: ReturnType<typeof createLogger>) => l.error(driverException()),
      (l: ReturnType<typeof createLogger>) => l.error({ err: driverException() }),
      (l: ReturnType<typeof createLogger>) => l.error({ err: driverException() }, 'request failed'),
      (l: ReturnType<typeof createLogger>) => l.warn({ error: checkViolation() }, 'job failed'),
    ]) {
      const text = logged(write);
      expect(text).toContain('23514');
      expect(leaks(text)).toEqual([]);
    }
  });
});
