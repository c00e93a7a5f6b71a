import { z } from 'zod';
import { validate } from './validation';

const schema = z.object({
  name: z.string().trim().min(1).max(5),
  email: z.email(),
  age: z.number().int(),
});

describe('validate', () => {
  it('returns the parsed value', () => {
    expect(validate(schema, { name: ' Ann ', email: 'a@b.co', age: 3 })).toEqual({
      ok: true,
      value: { name: 'Ann', email: 'a@b.co', age: 3 },
    });
  });

  it('turns every issue into a field error with a path from the input root and a stable code', () => {
    const result = validate(schema, { name: 'toolong', email: 'nope' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION.INVALID_INPUT');
    expect(result.error.fieldErrors.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['input', 'name'], code: 'TOO_LONG' },
      { path: ['input', 'email'], code: 'INVALID_FORMAT' },
      { path: ['input', 'age'], code: 'REQUIRED' },
    ]);
  });

  it('uses the code a custom rule gives', () => {
    const rule = z.object({ from: z.number(), to: z.number() }).refine((v) => v.from <= v.to, {
      path: ['to'],
      message: 'must not be before from',
      params: { code: 'BEFORE_START' },
    });
    const result = validate(rule, { from: 2, to: 1 }, ['filter']);
    expect(result.ok || result.error.fieldErrors).toEqual([
      { path: ['filter', 'to'], code: 'BEFORE_START', message: 'must not be before from' },
    ]);
  });
});
