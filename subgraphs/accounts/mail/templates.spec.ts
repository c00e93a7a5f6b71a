import { resetPasswordEmail } from './reset-password.email';
import { verifyEmailEmail } from './verify-email.email';
import { welcomeEmail } from './welcome.email';

const ann = { email: 'ann@example.com', displayName: 'Ann' };

describe('accounts email templates', () => {
  it.each([
    ['welcome', welcomeEmail(ann), 'Welcome to StayGraph'],
    [
      'verify-email',
      verifyEmailEmail(ann, { url: 'https://app.example/verify?t=abc', expiresInHours: 24 }),
      'Confirm your email address',
    ],
    [
      'reset-password',
      resetPasswordEmail(ann, { url: 'https://app.example/reset?t=abc', expiresInMinutes: 30 }),
      'Reset your StayGraph password',
    ],
  ])('%s has a subject, a greeting and both parts', (template, email, subject) => {
    expect(email).toMatchObject({ to: ann.email, template, subject });
    expect(email.text).toContain('Hi Ann,');
    expect(email.html).toContain('<p>Hi Ann,</p>');
  });

  it('puts one-time links in both parts with their expiry', () => {
    const email = resetPasswordEmail(ann, { url: 'https://app.example/reset?t=abc', expiresInMinutes: 30 });
    expect(email.text).toContain('https://app.example/reset?t=abc');
    expect(email.text).toContain('expires in 30 minutes');
    expect(email.html).toContain('href="https://app.example/reset?t=abc"');
  });
});
