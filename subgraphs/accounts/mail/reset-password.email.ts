import { renderEmail, type Email } from '../../../platform/runtime/mail/email';

export function resetPasswordEmail(
  to: { email: string; displayName: string },
  link: { url: string; expiresInMinutes: number },
): Email {
  return renderEmail(to.email, {
    template: 'reset-password',
    subject: 'Reset your StayGraph password',
    greeting: `Hi ${to.displayName},`,
    paragraphs: [
      'Someone asked to reset the password of your StayGraph account. If it was you, choose a new password with the link below; every device will be signed out.',
      `The link works once and expires in ${link.expiresInMinutes} minutes.`,
    ],
    action: { label: 'Choose a new password', url: link.url },
    footer: 'If you did not ask for this, ignore this email: your password stays as it is.',
  });
}
