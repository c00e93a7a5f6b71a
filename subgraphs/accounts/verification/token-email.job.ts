import { z } from 'zod';
import type { JobDefinition } from '../../../platform/events/event-handler';
import { enqueueJob } from '../../../platform/events/jobs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { resetPasswordEmail } from '../mail/reset-password.email';
import { verifyEmailEmail } from '../mail/verify-email.email';
import { OneTimeToken, TokenPurpose } from './one-time-token.entity';
import { OneTimeTokens } from './one-time-tokens';

const payloadSchema = z.object({ tokenId: z.uuid() });

export const SEND_TOKEN_EMAIL = 'accounts.send_token_email';

/** Queues the email for a token in the caller's transaction: no commit, no email. */
export function enqueueTokenEmail(em: EntityManager, token: OneTimeToken): Promise<void> {
  return enqueueJob(em, SEND_TOKEN_EMAIL, { tokenId: token.id });
}

/**
 * Emails a verification or reset link. The secret is drawn here, just before sending, so it is in
 * no queue, log or table; a retry draws a new one (the earlier email, if it went out, stops working).
 */
export const sendTokenEmail: JobDefinition = {
  name: SEND_TOKEN_EMAIL,
  async run(payload, { em, mailer, clock, config }) {
    const { tokenId } = payloadSchema.parse(payload);
    const token = await em.findOne(OneTimeToken, { id: tokenId }, { populate: ['user'] });
    if (!token || token.usedAt || token.expiresAt <= clock()) return;
    const secret = new OneTimeTokens(clock).draw(token);
    await em.flush();
    const user = token.user;
    const url = (path: string) => `${config.appUrl}/${path}?token=${encodeURIComponent(secret)}`;
    const ttlMs = token.expiresAt.getTime() - token.createdAt.getTime();
    if (token.purpose === TokenPurpose.VERIFY_EMAIL) {
      const to = { email: token.email ?? user.email, displayName: user.displayName };
      await mailer.send(
        verifyEmailEmail(to, { url: url('verify-email'), expiresInHours: Math.round(ttlMs / 3_600_000) }),
      );
    } else if (token.purpose === TokenPurpose.RESET_PASSWORD) {
      await mailer.send(
        resetPasswordEmail(user, { url: url('reset-password'), expiresInMinutes: Math.round(ttlMs / 60_000) }),
      );
    }
  },
};
