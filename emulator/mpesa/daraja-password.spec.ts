import { darajaPassword } from './daraja-password';

describe('darajaPassword', () => {
  it('matches the example in the M-Pesa Express documentation', () => {
    // Sandbox shortcode and the public sandbox passkey, as used in Daraja's own request sample.
    expect(
      darajaPassword('174379', 'bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919', '20210628092408'),
    ).toBe(
      'MTc0Mzc5YmZiMjc5ZjlhYTliZGJjZjE1OGU5N2RkNzFhNDY3Y2QyZTBjODkzMDU5YjEwZjc4ZTZiNzJhZGExZWQyYzkxOTIwMjEwNjI4MDkyNDA4',
    );
  });
});
