import type { Logger } from '../logger';
import type { SmsSender } from './sms-sender';

export interface TwilioOptions {
  /** https://api.twilio.com, or another endpoint speaking the same Messages API. */
  apiUrl: string;
  accountSid: string;
  authToken: string;
  /** The sender: a number in E.164 form or a messaging service SID (`MG…`). */
  from: string;
}

/** Twilio's Messages API (form-encoded POST, basic auth); a refused message throws, so the job retries. */
export function twilioSender(options: TwilioOptions, logger: Logger): SmsSender {
  const url = `${options.apiUrl}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
  const sender = options.from.startsWith('MG') ? 'MessagingServiceSid' : 'From';
  return {
    async send(sms) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ To: sms.to, [sender]: options.from, Body: sms.body }),
        signal: AbortSignal.timeout(10_000),
      });
      const answer = (await response.json().catch(() => ({}))) as { sid?: string; code?: number };
      // The provider's error code only: its message may quote the number.
      if (!response.ok)
        throw new Error(`SMS provider refused the message: HTTP ${response.status}, code ${answer.code}`);
      logger.info({ template: sms.template, messageSid: answer.sid }, 'sms sent');
    },
  };
}
