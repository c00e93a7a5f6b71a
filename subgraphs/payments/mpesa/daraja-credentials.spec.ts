import { darajaTimestamp, stkPassword } from './daraja-credentials';

describe('Daraja credentials', () => {
  it('writes the timestamp in Nairobi time', () => {
    expect(darajaTimestamp(new Date('2026-12-31T22:30:05.900Z'))).toBe('20270101013005');
  });

  it('derives the password from shortcode, passkey and timestamp', () => {
    // Daraja's sandbox example: shortcode 174379 with its published test passkey.
    const passkey = 'bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919';
    expect(stkPassword('174379', passkey, '20160216165627')).toBe(
      Buffer.from(`174379${passkey}20160216165627`).toString('base64'),
    );
    expect(stkPassword('174379', passkey, '20160216165627')).toMatch(/^MTc0Mzc5YmZiMjc5Zjlh/);
  });
});
