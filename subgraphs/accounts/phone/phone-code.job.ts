import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { JobDefinition } from '../../../platform/events/event-handler';
import { enqueueJob } from '../../../platform/events/jobs';
import { createSmsSender } from '../../../platform/runtime/sms/sms-sender';
import { smsOptions } from '../../../platform/runtime/sms/sms-options';
import { drawCode, phoneCodeHasher } from './phone-code';
import { PhoneVerification } from './phone-verification.entity';

const payloadSchema = z.object({ verificationId: z.uuid() });

export const SEND_PHONE_CODE = 'accounts.send_phone_code';

/** Queues the text in the caller's transaction: no commit, no text. */
export function enqueuePhoneCode(em: EntityManager, verification: PhoneVerification): Promise<void> {
  return enqueueJob(em, SEND_PHONE_CODE, { verificationId: verification.id });
}

/**
 * Texts the code. It is drawn here, just before sending, so it is in no queue, log or table (only
 * its HMAC); a retry draws a new one, and the earlier text, if it went out, stops working.
 */
export const sendPhoneCode: JobDefinition = {
  name: SEND_PHONE_CODE,
  async run(payload, { em, clock, config, logger }) {
    const { verificationId } = payloadSchema.parse(payload);
    const verification = await em.findOne(PhoneVerification, { id: verificationId });
    if (!verification || verification.usedAt || verification.sentAt || verification.expiresAt <= clock()) return;
    const code = drawCode();
    verification.codeHash = phoneCodeHasher(config).hash(verification.id, code);
    await em.flush();
    const minutes = Math.round((verification.expiresAt.getTime() - verification.createdAt.getTime()) / 60_000);
    await createSmsSender(smsOptions(config), logger).send({
      to: verification.phoneNumber,
      body: `Your StayGraph code is ${code}. It expires in ${minutes} minutes. Never share it: StayGraph will not ask you for it.`,
      template: 'phone-code',
    });
    verification.sentAt = clock();
    await em.flush();
  },
};
