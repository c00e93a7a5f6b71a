import { PostgreSqlExceptionConverter } from '@mikro-orm/postgresql';
import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DatabaseError } from 'pg';
import { createErrorFormatter } from './graphql-errors';
import { errorLoggingPlugin } from './error-logging-plugin';
import { createLogger } from '../runtime/logger';

const internal = {
  message: 'connect ECONNREFUSED 10.0.0.5:5432',
  path: ['me'],
  extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db'] },
};
const forbidden = { message: 'You are not allowed to do this.', extensions: { code: 'FORBIDDEN' } };

describe('createErrorFormatter', () => {
  const format = createErrorFormatter();

  it('masks unexpected errors, keeping the path and no stack', () => {
    expect(format(internal)).toEqual({
      message: 'Internal server error',
      path: ['me'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('masks a subgraph error whose code is not public, keeping the request id the subgraph gave', () => {
    const downstream = {
      message: 'insert into "users" … - duplicate key',
      extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'accounts', requestId: 'r-1' },
    };
    expect(format(downstream)).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'r-1' },
    });
  });

  it('keeps messages written for clients, without a stack, an upstream response or the subgraph it came from', () => {
    expect(format(forbidden)).toEqual(forbidden);
    const fromSubgraph = {
      message: '401: Unauthorized',
      extensions: {
        code: 'UNAUTHENTICATED',
        stacktrace: ['at x'],
        response: { url: 'http://accounts.internal:4001/graphql', status: 401, body: {} },
      },
    };
    expect(format(fromSubgraph)).toEqual({ message: '401: Unauthorized', extensions: { code: 'UNAUTHENTICATED' } });
    const named = { message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED', serviceName: 'accounts' } };
    expect(format(named)).toEqual({ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('the error boundary of a GraphQL server', () => {
  const SQL = `insert into "accounts"."users" ("email", "password_hash") values ('alice@example.com', '$argon2id$v=19$m=19456')`;
  /** A driver error as MikroORM throws it from a flush, with knex's statement in the message. */
  const driverError = () => {
    const pg = Object.assign(new DatabaseError('invalid byte sequence for encoding "UTF8": 0x00', 100, 'error'), {
      severity: 'ERROR',
      code: '22021',
      routine: 'report_invalid_encoding',
    });
    pg.message = `${SQL} - ${pg.message}`;
    return new PostgreSqlExceptionConverter().convertException(pg);
  };

  it('answers an unexpected error with its code and the request id only, in development too, and logs no SQL', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', name: 'spec', destination: { write: (l: string) => lines.push(l) } });
    const server = new ApolloServer<{ logger: typeof logger; requestId: string }>({
      typeDefs: 'type Query { register: Boolean }',
      resolvers: {
        Query: {
          register: () => {
            throw driverError();
          },
        },
      },
      formatError: createErrorFormatter(),
      includeStacktraceInErrorResponses: false,
      plugins: [errorLoggingPlugin()],
    });
    const response = await server.executeOperation(
      { query: '{ register }' },
      { contextValue: { logger, requestId: 'req-42' } },
    );
    expect(response.body.kind === 'single' && response.body.singleResult.errors).toEqual([
      {
        message: 'Internal server error',
        locations: [{ line: 1, column: 3 }],
        path: ['register'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' },
      },
    ]);
    const log = lines.join('');
    expect(log).toContain('22021');
    expect(log).not.toMatch(/insert into|argon2|alice@example\.com/);
    await server.stop();
  });

  it('keeps public errors as they are', async () => {
    const server = new ApolloServer({
      typeDefs: 'type Query { me: Boolean }',
      resolvers: {
        Query: {
          me: () => {
            throw new GraphQLError('You must be signed in.', { extensions: { code: 'UNAUTHENTICATED' } });
          },
        },
      },
      formatError: createErrorFormatter(),
    });
    const response = await server.executeOperation({ query: '{ me }' });
    expect(response.body.kind === 'single' && response.body.singleResult.errors?.[0]).toMatchObject({
      message: 'You must be signed in.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await server.stop();
  });
});
