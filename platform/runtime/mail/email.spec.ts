import { renderEmail } from './email';

describe('renderEmail', () => {
  const email = renderEmail('ann@example.com', {
    template: 'test',
    subject: 'Hello',
    greeting: 'Hi <Ann>,',
    paragraphs: ['First & foremost.', 'Second.'],
    action: { label: 'Go', url: 'https://example.com/a?b=1&c="2"' },
    footer: 'Why you got this.',
  });

  it('writes a plain-text part with the link spelled out', () => {
    expect(email.text).toBe(
      'Hi <Ann>,\n\nFirst & foremost.\n\nSecond.\n\nGo: https://example.com/a?b=1&c="2"\n\n— StayGraph\n\nWhy you got this.',
    );
  });

  it('escapes every value in the HTML part', () => {
    expect(email.html).toContain('<p>Hi &lt;Ann&gt;,</p>');
    expect(email.html).toContain('First &amp; foremost.');
    expect(email.html).toContain('href="https://example.com/a?b=1&amp;c=&quot;2&quot;"');
    expect(email.html).not.toContain('<Ann>');
  });

  it('keeps recipient, subject and template', () => {
    expect(email).toMatchObject({ to: 'ann@example.com', subject: 'Hello', template: 'test' });
  });
});
