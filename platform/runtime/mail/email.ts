import escapeHtml from 'escape-html';

/** A rendered message: plain text for every client, HTML for those that show it. */
export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Template name, for logs and file names. */
  template: string;
}

export interface EmailContent {
  template: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Small print under the message, e.g. why it was sent. */
  footer?: string;
}

/** One layout for every StayGraph email; every value is escaped for the HTML part. */
export function renderEmail(to: string, content: EmailContent): Email {
  const { subject, greeting, paragraphs, action, footer } = content;
  const text = [
    greeting,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    ...(action ? [`${action.label}: ${action.url}`, ''] : []),
    '— StayGraph',
    ...(footer ? ['', footer] : []),
  ].join('\n');
  const html = `<!doctype html>
<html><body style="font-family: sans-serif; line-height: 1.5; color: #222; max-width: 560px">
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${action ? `<p><a href="${escapeHtml(action.url)}" style="background:#e0565b;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>` : ''}
<p>— StayGraph</p>
${footer ? `<p style="font-size: 12px; color: #777">${escapeHtml(footer)}</p>` : ''}
</body></html>
`;
  return { to, subject, text, html, template: content.template };
}
