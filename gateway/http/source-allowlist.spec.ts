import { ConfigError } from '../../platform/runtime/config';
import { sourceAllowlist } from './source-allowlist';

describe('sourceAllowlist', () => {
  it('lets every address in when the list is empty (development default)', () => {
    expect(sourceAllowlist([], 'X')('203.0.113.9')).toBe(true);
  });

  it('checks CIDR blocks and single addresses, IPv4 on dual-stack sockets included', () => {
    const allowed = sourceAllowlist(['196.201.214.0/24', '196.201.213.114', '2001:db8::/32'], 'X');
    expect(allowed('196.201.214.200')).toBe(true);
    expect(allowed('::ffff:196.201.214.200')).toBe(true);
    expect(allowed('196.201.213.114')).toBe(true);
    expect(allowed('2001:db8::1')).toBe(true);
    expect(allowed('196.201.215.1')).toBe(false);
    expect(allowed('127.0.0.1')).toBe(false);
    expect(allowed(undefined)).toBe(false);
    expect(allowed('not an address')).toBe(false);
  });

  it('names the setting when an entry is malformed', () => {
    expect(() => sourceAllowlist(['196.201.214.0/33'], 'MPESA_CALLBACK_ALLOWED_IPS')).toThrow(ConfigError);
    expect(() => sourceAllowlist(['example.com'], 'MPESA_CALLBACK_ALLOWED_IPS')).toThrow(
      /MPESA_CALLBACK_ALLOWED_IPS: "example.com"/,
    );
  });
});
