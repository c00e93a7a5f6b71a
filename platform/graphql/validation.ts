import type { z } from 'zod';
import { FieldError, ValidationError } from './user-error';

export type Validated<T> = { ok: true; value: T } | { ok: false; error: ValidationError };

const CODES: Record<string, (issue: z.core.$ZodIssue) => string> = {
  too_small: () => 'TOO_SHORT',
  too_big: () => 'TOO_LONG',
  invalid_format: () => 'INVALID_FORMAT',
  invalid_type: (issue) => (issue.input === undefined ? 'REQUIRED' : 'INVALID_TYPE'),
  invalid_value: () => 'INVALID_VALUE',
};

/** Parses input with a zod schema; every issue becomes a FieldError whose path starts at `root`. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  root: string[] = ['input'],
): Validated<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const fieldErrors = result.error.issues.map((issue) => {
    const code =
      issue.code === 'custom' ? String(issue.params?.code ?? 'INVALID') : (CODES[issue.code]?.(issue) ?? 'INVALID');
    return new FieldError([...root, ...issue.path.map(String)], code, issue.message);
  });
  return { ok: false, error: new ValidationError(fieldErrors) };
}
