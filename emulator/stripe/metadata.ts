import { type FormValue } from './form-encoding';
import { parameterError } from './stripe-errors';
import { type Metadata } from './stripe-objects';

const MAX_KEYS = 50;
const MAX_KEY_LENGTH = 40;
const MAX_VALUE_LENGTH = 500;

/**
 * Applies a `metadata` parameter the way Stripe does: keys merge into the existing set,
 * an empty value removes its key, and `metadata=` (empty string) clears everything.
 */
export function applyMetadata(current: Metadata, update: FormValue | undefined): Metadata {
  if (update === undefined) return current;
  if (update === '') return {};
  if (typeof update === 'string' || Array.isArray(update)) {
    throw parameterError('Invalid metadata: must be a hash of string keys to string values', 'metadata');
  }
  const next: Metadata = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (typeof value !== 'string') throw parameterError(`Invalid metadata value for key ${key}`, `metadata[${key}]`);
    if (key.length > MAX_KEY_LENGTH) {
      throw parameterError(
        `Metadata keys can have up to ${MAX_KEY_LENGTH} characters, but you passed in a key that is ${key.length} characters.`,
        `metadata[${key}]`,
      );
    }
    if (value.length > MAX_VALUE_LENGTH) {
      throw parameterError(
        `Metadata values can have up to ${MAX_VALUE_LENGTH} characters, but you passed in a value that is ${value.length} characters.`,
        `metadata[${key}]`,
      );
    }
    if (value === '') delete next[key];
    else next[key] = value;
  }
  if (Object.keys(next).length > MAX_KEYS) {
    throw parameterError(`You can have up to ${MAX_KEYS} metadata keys.`, 'metadata');
  }
  return next;
}
