import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from './wait-for';

/** The .eml files the file mailer wrote to this address, oldest first. */
export function mailTo(dir: string, email: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(`-${email}.eml`))
    .sort()
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}

/** Waits for a message to `email` whose subject contains `subject`; returns its text. */
export function waitForMail(dir: string, email: string, subject: string): Promise<string> {
  return waitFor(async () => mailTo(dir, email).find((m) => m.includes(`Subject: ${subject}`)) ?? false, {
    what: `"${subject}" to ${email}`,
  });
}

/** The `token` query parameter of the link in an email (quoted-printable soft breaks undone). */
export function linkToken(message: string): string {
  const plain = message.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /\?token=([A-Za-z0-9_-]+)/.exec(plain);
  if (!match) throw new Error(`No link with a token in:\n${message}`);
  return match[1];
}
