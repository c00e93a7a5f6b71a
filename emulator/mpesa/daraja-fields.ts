import { callbackUrlProblem } from './callback-url';
import { invalidField } from './daraja-errors';
import { isSafaricomMsisdn } from './msisdn';

export type DarajaBody = Record<string, unknown>;

/** Daraja takes numbers either as JSON numbers or as strings; both read as text here. */
export function text(body: DarajaBody, field: string): string | undefined {
  const value = body[field];
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function requiredText(body: DarajaBody, field: string, maxLength = Infinity): string {
  const value = text(body, field);
  if (value === undefined || value === '' || value.length > maxLength) throw invalidField(field);
  return value;
}

export function optionalText(body: DarajaBody, field: string, maxLength: number): string | undefined {
  const value = text(body, field);
  if (value !== undefined && value.length > maxLength) throw invalidField(field);
  return value;
}

export function numericCode(body: DarajaBody, field: string): string {
  const value = requiredText(body, field);
  if (!/^\d{5,9}$/.test(value)) throw invalidField(field);
  return value;
}

/** M-Pesa moves whole shillings only. */
export function wholeAmount(body: DarajaBody, field = 'Amount'): number {
  const value = requiredText(body, field);
  if (!/^\d+$/.test(value) || Number(value) < 1) throw invalidField(field);
  return Number(value);
}

export function msisdn(body: DarajaBody, field: string): string {
  const value = requiredText(body, field);
  if (!isSafaricomMsisdn(value)) throw invalidField(field);
  return value;
}

export function callbackUrl(body: DarajaBody, field: string): string {
  const value = requiredText(body, field);
  if (callbackUrlProblem(value)) throw invalidField(field);
  return value;
}

export function oneOf(body: DarajaBody, field: string, allowed: readonly string[]): string {
  const value = requiredText(body, field);
  if (!allowed.includes(value)) throw invalidField(field);
  return value;
}
