import { renderEmail, type Email } from '../../../platform/runtime/mail/email';

export function verifyEmailEmail(
  to: { email: string; displayName: string },
  link: { url: string; expiresInHours: number },
): Email {
  return renderEmail(to.email, {
    template: 'verify-email',
    subject: 'Confirm your email address',
    greeting: `Hi ${to.displayName},`,
    paragraphs: [
      'Please confirm that this is your email address. You can browse without confirming, but booking and hosting need a confirmed address.',
      `The link works once and expires in ${link.expiresInHours} hours.`,
    ],
    action: { label: 'Confirm my email', url: link.url },
    footer: 'If you did not create a StayGraph account, ignore this email.',
  });
}
