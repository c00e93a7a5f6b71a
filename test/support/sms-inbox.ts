import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from './wait-for';

/** The .txt files the file SMS sender wrote to this number, oldest first. */
export function textsTo(dir: string, phoneNumber: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(`-${phoneNumber}.txt`))
    .sort()
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}

/** Waits for the `nth` text (1-based) to this number and returns the 6-digit code in it. */
export async function waitForCode(dir: string, phoneNumber: string, nth = 1): Promise<string> {
  const text = await waitFor(async () => textsTo(dir, phoneNumber)[nth - 1] ?? false, {
    what: `text ${nth} to ${phoneNumber}`,
  });
  const match = /\b(\d{6})\b/.exec(text);
  if (!match) throw new Error(`No code in:\n${text}`);
  return match[1];
}
