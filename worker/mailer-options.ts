import { ConfigError, type Config } from '../platform/runtime/config';
import type { MailerOptions } from '../platform/runtime/mail/mailer';

/** SMTP in production (unless MAIL_TRANSPORT=files says otherwise); elsewhere .eml files under MAIL_DIR. */
export function mailerOptions(config: Config): MailerOptions {
  if (config.mail.transport === 'files') return { kind: 'files', dir: config.mail.dir, from: config.mail.from };
  if (!config.mail.smtpUrl)
    throw new ConfigError(['SMTP_URL: required by the worker to send mail (or set MAIL_TRANSPORT=files)']);
  return { kind: 'smtp', smtpUrl: config.mail.smtpUrl, from: config.mail.from };
}
