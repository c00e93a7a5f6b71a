import { ExportLinkSigner } from './export-link';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const NOW = new Date('2026-12-02T10:00:00Z');
const signer = new ExportLinkSigner('a-signing-secret-of-enough-length');

function parts(url: string) {
  const parsed = new URL(url);
  return { expires: parsed.searchParams.get('expires'), sig: parsed.searchParams.get('sig') };
}

describe('ExportLinkSigner', () => {
  const url = signer.link('https://api.example', ID, new Date(NOW.getTime() + 86_400_000));
  const { expires, sig } = parts(url);

  it('signs a link to the export that is valid until it expires', () => {
    expect(url.startsWith(`https://api.example/exports/${ID}?`)).toBe(true);
    expect(signer.check(ID, expires, sig, NOW)).toBe('valid');
    expect(signer.check(ID, expires, sig, new Date(NOW.getTime() + 86_400_001))).toBe('expired');
  });

  it('refuses another export, an edited expiry, a wrong or missing signature and another secret', () => {
    expect(signer.check('0190a0a0-0000-7000-8000-000000000002', expires, sig, NOW)).toBe('invalid');
    expect(signer.check(ID, String(Number(expires) + 3600), sig, NOW)).toBe('invalid');
    expect(signer.check(ID, expires, `${sig}x`, NOW)).toBe('invalid');
    expect(signer.check(ID, expires, undefined, NOW)).toBe('invalid');
    expect(new ExportLinkSigner('another-secret-of-enough-length').check(ID, expires, sig, NOW)).toBe('invalid');
  });
});
