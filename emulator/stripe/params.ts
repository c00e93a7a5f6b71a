import { type FormObject, type FormValue } from './form-encoding';
import { parameterError } from './stripe-errors';

/** Typed access to decoded Stripe parameters; every accessor throws Stripe's 400 for bad input. */
export class Params {
  constructor(readonly values: FormObject) {}

  /** Stripe refuses parameters it does not know; the emulator also refuses the ones it does not implement. */
  allowOnly(names: readonly string[]): void {
    for (const name of Object.keys(this.values)) {
      if (!names.includes(name)) {
        throw parameterError(
          `Received unknown parameter: ${name} (the payment-provider emulator implements: ${names.join(', ')})`,
          name,
          'parameter_unknown',
        );
      }
    }
  }

  has(name: string): boolean {
    return Object.hasOwn(this.values, name);
  }

  raw(name: string): FormValue | undefined {
    return this.has(name) ? this.values[name] : undefined;
  }

  string(name: string): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (typeof value !== 'string')
      throw parameterError(`Invalid string: ${describe(value)}`, name, 'parameter_invalid_string');
    return value;
  }

  requiredString(name: string): string {
    const value = this.string(name);
    if (value === undefined || value === '') {
      throw parameterError(`Missing required param: ${name}.`, name, 'parameter_missing');
    }
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      throw parameterError(`Invalid ${name}: must be one of ${allowed.join(', ')}`, name, 'parameter_invalid_string');
    }
    return value as T;
  }

  boolean(name: string): boolean | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (value !== 'true' && value !== 'false') throw parameterError(`Invalid boolean: ${value}`, name);
    return value === 'true';
  }

  positiveInteger(name: string): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value)) throw parameterError(`Invalid integer: ${value}`, name, 'parameter_invalid_integer');
    const parsed = Number(value);
    if (parsed < 1) {
      throw parameterError('This value must be greater than or equal to 1.', name, 'parameter_invalid_integer');
    }
    return parsed;
  }

  requiredPositiveInteger(name: string): number {
    const value = this.positiveInteger(name);
    if (value === undefined) throw parameterError(`Missing required param: ${name}.`, name, 'parameter_missing');
    return value;
  }

  object(name: string): FormObject | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (typeof value === 'string' || Array.isArray(value)) throw parameterError(`Invalid object`, name);
    return value;
  }

  stringList(name: string): string[] | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const list = Array.isArray(value) ? value : [value];
    if (!list.every((item): item is string => typeof item === 'string')) throw parameterError('Invalid array', name);
    return list;
  }

  expand(): string[] {
    return this.stringList('expand') ?? [];
  }
}

function describe(value: FormValue): string {
  return Array.isArray(value) ? 'array' : 'object';
}
