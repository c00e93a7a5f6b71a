import { ConfigError, type Config } from '../config';
import type { SmsOptions } from './sms-sender';

/** The provider in production (unless SMS_TRANSPORT=files says otherwise); elsewhere .txt files under SMS_DIR. */
export function smsOptions(config: Pick<Config, 'sms'>): SmsOptions {
  const { transport, dir, twilio } = config.sms;
  if (transport === 'files') return { kind: 'files', dir };
  const { accountSid, authToken, from } = twilio;
  if (!accountSid || !authToken || !from)
    throw new ConfigError([
      'TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM: required to send texts (or set SMS_TRANSPORT=files)',
    ]);
  return { kind: 'twilio', twilio: { apiUrl: twilio.apiUrl, accountSid, authToken, from } };
}
