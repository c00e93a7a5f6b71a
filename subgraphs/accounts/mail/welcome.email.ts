import { renderEmail, type Email } from '../../../platform/runtime/mail/email';

export function welcomeEmail(to: { email: string; displayName: string }): Email {
  return renderEmail(to.email, {
    template: 'welcome',
    subject: 'Welcome to StayGraph',
    greeting: `Hi ${to.displayName},`,
    paragraphs: [
      'Your StayGraph account is ready. Find a place for your next trip, or list your own and start hosting.',
    ],
    footer: 'You received this email because an account was created with this address.',
  });
}
