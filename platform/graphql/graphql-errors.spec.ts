import { createErrorFormatter } from './graphql-errors';

const internal = {
  message: 'connect ECONNREFUSED 10.0.0.5:5432',
  path: ['me'],
  extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db'] },
};
const forbidden = { message: 'You are not allowed to do this.', extensions: { code: 'FORBIDDEN' } };

describe('createErrorFormatter', () => {
  it('masks unexpected errors in production, keeping the code and path', () => {
    expect(createErrorFormatter('production')(internal)).toEqual({
      message: 'Internal server error',
      path: ['me'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps messages written for clients', () => {
    expect(createErrorFormatter('production')(forbidden)).toBe(forbidden);
  });

  it('shows everything outside production', () => {
    expect(createErrorFormatter('development')(internal)).toBe(internal);
  });
});
