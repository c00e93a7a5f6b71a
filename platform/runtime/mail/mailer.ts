import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from '../logger';
import type { Email } from './email';

export interface Mailer {
  send(email: Email): Promise<void>;
  close(): void;
}

export type MailerOptions =
  { kind: 'smtp'; smtpUrl: string; from: string } | { kind: 'files'; dir: string; from: string };

/**
 * SMTP in production; elsewhere every message is written as an .eml file (open it in any mail
 * client) and a one-line preview is logged. Only jobs send mail, never a request.
 */
export function createMailer(options: MailerOptions, logger: Logger): Mailer {
  if (options.kind === 'smtp') {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      async send(email) {
        const info = await transport.sendMail({ from: options.from, ...email });
        logger.info({ template: email.template, messageId: info.messageId }, 'email sent');
      },
      close: () => transport.close(),
    };
  }
  const transport: Transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  mkdirSync(options.dir, { recursive: true });
  return {
    async send(email) {
      const info = await transport.sendMail({ from: options.from, ...email });
      const file = join(
        options.dir,
        `${Date.now()}-${email.template}-${email.to.replace(/[^A-Za-z0-9@._-]/g, '_')}.eml`,
      );
      writeFileSync(file, info.message as Buffer);
      // The file name holds the address (development mail is found by it); the log names neither.
      logger.info({ template: email.template, dir: options.dir }, `email written: ${email.template}`);
    },
    close: () => transport.close(),
  };
}
