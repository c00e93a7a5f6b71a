import { ConfigError, type Config } from '../subgraphs/kernel/config';
import type { MailerOptions } from '../subgraphs/kernel/mail/mailer';

/** Production sends through SMTP; every other mode writes .eml files under MAIL_DIR. */
export function mailerOptions(config: Config): MailerOptions {
  if (config.mode === 'production') {
    if (!config.mail.smtpUrl) throw new ConfigError(['SMTP_URL: required by the worker in production']);
    return { kind: 'smtp', smtpUrl: config.mail.smtpUrl, from: config.mail.from };
  }
  return { kind: 'files', dir: config.mail.dir, from: config.mail.from };
}
