import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger';
import { twilioSender, type TwilioOptions } from './twilio-sms';

/** One text message. `template` names what it is, for logs (which never carry the number or the text). */
export interface Sms {
  to: string;
  body: string;
  template: string;
}

export interface SmsSender {
  send(sms: Sms): Promise<void>;
}

export type SmsOptions = { kind: 'twilio'; twilio: TwilioOptions } | { kind: 'files'; dir: string };

/**
 * A provider's REST API in production; elsewhere every message is written as a .txt file under
 * `dir` (like development mail) and a line naming the template is logged. Only jobs send texts.
 */
export function createSmsSender(options: SmsOptions, logger: Logger): SmsSender {
  if (options.kind === 'twilio') return twilioSender(options.twilio, logger);
  mkdirSync(options.dir, { recursive: true });
  return {
    send(sms) {
      const file = join(options.dir, `${Date.now()}-${sms.template}-${sms.to.replace(/[^0-9+]/g, '_')}.txt`);
      writeFileSync(file, `To: ${sms.to}\n\n${sms.body}\n`);
      // The file name holds the number (development texts are found by it); the log names neither.
      logger.info({ template: sms.template, dir: options.dir }, `sms written: ${sms.template}`);
      return Promise.resolve();
    },
  };
}
