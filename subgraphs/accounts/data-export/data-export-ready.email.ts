import { renderEmail, type Email } from '../../../platform/runtime/mail/email';

export function dataExportReadyEmail(
  to: { email: string; displayName: string },
  link: { url: string; expiresInHours: number },
): Email {
  return renderEmail(to.email, {
    template: 'data-export-ready',
    subject: 'Your StayGraph data is ready to download',
    greeting: `Hi ${to.displayName},`,
    paragraphs: [
      'The copy of your data you asked for is ready: one JSON file with what every part of StayGraph holds about you.',
      `The link expires in ${link.expiresInHours} hours, and the file is deleted then. Each time you open the link, it starts one download.`,
    ],
    action: { label: 'Download my data', url: link.url },
    footer: 'If you did not ask for a copy of your data, change your password: someone may be signed in as you.',
  });
}
