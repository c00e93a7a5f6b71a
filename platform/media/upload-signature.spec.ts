import { UploadSigner } from './upload-signature';

const PHOTO = '01936d2c-7f3a-7c1e-9d4b-2a5e8f1c3b7d';
const NOW = new Date('2026-12-01T10:00:00Z');
const signer = new UploadSigner('a'.repeat(32), 'listings');

function parts(url: string) {
  const parsed = new URL(url);
  return {
    path: parsed.pathname,
    expires: parsed.searchParams.get('expires') ?? undefined,
    signature: parsed.searchParams.get('signature') ?? undefined,
  };
}

describe('UploadSigner', () => {
  const url = signer.uploadUrl('https://api.example.com', PHOTO, new Date(NOW.getTime() + 600_000));

  it('accepts its own URL for a PUT until it expires', () => {
    const { path, expires, signature } = parts(url);
    expect(path).toBe(`/media/uploads/listings/${PHOTO}`);
    expect(signer.check('PUT', PHOTO, expires, signature, NOW)).toBe('valid');
    expect(signer.check('PUT', PHOTO, expires, signature, new Date(NOW.getTime() + 600_000))).toBe('expired');
  });

  it('refuses another method, another photo, an edited expiry, another secret and another owner', () => {
    const { expires, signature } = parts(url);
    expect(signer.check('GET', PHOTO, expires, signature, NOW)).toBe('invalid');
    expect(signer.check('PUT', PHOTO.replace('7d', '7e'), expires, signature, NOW)).toBe('invalid');
    expect(signer.check('PUT', PHOTO, String(Number(expires) + 3600), signature, NOW)).toBe('invalid');
    expect(new UploadSigner('b'.repeat(32), 'listings').check('PUT', PHOTO, expires, signature, NOW)).toBe('invalid');
    expect(new UploadSigner('a'.repeat(32), 'accounts').check('PUT', PHOTO, expires, signature, NOW)).toBe('invalid');
  });

  it('refuses missing or malformed parameters', () => {
    const { expires, signature } = parts(url);
    expect(signer.check('PUT', PHOTO, undefined, signature, NOW)).toBe('invalid');
    expect(signer.check('PUT', PHOTO, expires, undefined, NOW)).toBe('invalid');
    expect(signer.check('PUT', PHOTO, '1e12', signature, NOW)).toBe('invalid');
    expect(signer.check('PUT', PHOTO, expires, ['a', 'b'], NOW)).toBe('invalid');
  });
});
