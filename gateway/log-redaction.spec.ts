import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { repoPath } from '../platform/runtime/paths';
import { readSensitiveCoordinates } from '../platform/graphql/sensitive';
import { redactRequest } from './log-redaction';

const schema = buildSchema(readFileSync(repoPath('schema', 'api.graphql'), 'utf8'));
const sensitive = readSensitiveCoordinates(readFileSync(repoPath('schema', 'supergraph.graphql'), 'utf8'));
const redact = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  redactRequest(schema, parse(query), operationName, variables, sensitive);

describe('the sensitive coordinates of the composed supergraph', () => {
  it('mark credentials, tokens and codes as SECRET and personal data as PERSONAL', () => {
    expect(sensitive.get('LoginInput.password')).toBe('SECRET');
    expect(sensitive.get('LoginInput.email')).toBe('PERSONAL');
    expect(sensitive.get('Mutation.verifyEmail(token:)')).toBe('SECRET');
    expect(sensitive.get('Mutation.completeMfaLogin(challengeToken:)')).toBe('SECRET');
    expect(sensitive.get('Mutation.refreshToken(refreshToken:)')).toBe('SECRET');
    expect(sensitive.get('ResetPasswordInput.token')).toBe('SECRET');
    expect(sensitive.get('CreateBookingInput.idempotencyKey')).toBeUndefined();
  });

  it('leave no argument or input field named like a secret or personal data unmarked', () => {
    const SECRET_NAME = /password|token|secret|otp|challenge|^code$|recovery/i;
    const PERSONAL_NAME =
      /email|phone|displayName|^name$|firstName|lastName|street|postalCode|about|message|reason|note/i;
    const unmarked = [...allCoordinates()].filter(({ name, coordinate }) => {
      const kind = sensitive.get(coordinate);
      return (SECRET_NAME.test(name) && kind !== 'SECRET') || (PERSONAL_NAME.test(name) && !kind);
    });
    expect(unmarked.map((u) => u.coordinate)).toEqual([]);
  });
});

describe('redactRequest', () => {
  it('censors variables by the argument they are bound to, whatever their names', () => {
    const { variables, sensitiveText } = redact(
      'mutation ($t: String!, $a: String!, $c: String!) { verifyEmail(token: $t) { __typename } completeMfaLogin(challengeToken: $a, code: $c) { __typename } }',
      { t: 'tok-1', a: 'challenge-1', c: '123456' },
    );
    expect(variables).toEqual({ t: '[redacted]', a: '[redacted]', c: '[redacted]' });
    expect(sensitiveText).toBe(false);
  });

  it('censors nested input fields, keeps the rest and masks personal data', () => {
    const { variables } = redact('mutation ($x: LoginInput!) { login(input: $x) { __typename } }', {
      x: { email: 'alice@example.com', password: 'hunter2hunter2' },
    });
    expect(variables).toEqual({ x: { email: '[personal]', password: '[redacted]' } });
    const booking = redact('mutation ($b: CreateBookingInput!) { createBooking(input: $b) { __typename } }', {
      b: { listingId: 'l-1', checkIn: '2027-01-01', guests: 2, idempotencyKey: 'k-1', message: 'Hi, I am Alice' },
    });
    expect(booking.variables).toEqual({
      b: { listingId: 'l-1', checkIn: '2027-01-01', guests: 2, idempotencyKey: 'k-1', message: '[personal]' },
    });
  });

  it('follows variables inside inline objects and fragments', () => {
    const { variables } = redact(
      `mutation Reset($p: String!, $x: String!) { ...R }
       fragment R on Mutation { resetPassword(input: { token: $x, newPassword: $p }) { __typename } }`,
      { p: 'new-password-1', x: 'reset-token' },
    );
    expect(variables).toEqual({ p: '[redacted]', x: '[redacted]' });
  });

  it('flags a document that holds a sensitive literal, inline or as a default', () => {
    expect(redact('mutation { confirmMfa(code: "123456") { __typename } }').sensitiveText).toBe(true);
    expect(redact('mutation ($c: String! = "123456") { confirmMfa(code: $c) { __typename } }', {}).sensitiveText).toBe(
      true,
    );
    expect(
      redact('mutation { login(input: { email: "a@example.com", password: "pw" }) { __typename } }').sensitiveText,
    ).toBe(true);
    expect(redact('query ($id: ID!) { listing(id: $id) { id } }', { id: 'l-1' })).toEqual({
      variables: { id: 'l-1' },
      sensitiveText: false,
    });
  });

  it('censors everything it cannot map: an unparsed document, an unused variable', () => {
    expect(redactRequest(schema, undefined, undefined, { p: 'x' }, sensitive)).toEqual({
      variables: { p: '[redacted]' },
      sensitiveText: true,
    });
    expect(redact('query { me { id } }', { stray: 'hunter2' }).variables).toEqual({ stray: '[redacted]' });
  });
});

function* allCoordinates(): Generator<{ name: string; coordinate: string }> {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if ('getFields' in type && !('parseLiteral' in type)) {
      for (const field of Object.values(type.getFields())) {
        if ('args' in field) {
          for (const arg of field.args)
            yield { name: arg.name, coordinate: `${type.name}.${field.name}(${arg.name}:)` };
        } else {
          yield { name: field.name, coordinate: `${type.name}.${field.name}` };
        }
      }
    }
  }
}
