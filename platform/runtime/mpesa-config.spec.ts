import { ConfigError, loadConfig } from './config';

/** The problems production names about M-Pesa, whatever else it finds missing. */
function mpesaProblems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig({ NODE_ENV: 'production', ...env });
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.message.split('\n').filter((line) => line.includes('MPESA_'));
  }
}

const mpesa = {
  MPESA_API_URL: 'https://api.safaricom.co.ke',
  MPESA_CONSUMER_KEY: 'key',
  MPESA_CONSUMER_SECRET: 'secret',
  MPESA_SHORTCODE: '174379',
  MPESA_PASSKEY: 'passkey',
  MPESA_INITIATOR_NAME: 'initiator',
  MPESA_SECURITY_CREDENTIAL: 'credential',
};

describe('M-Pesa configuration', () => {
  it('reads the Daraja settings and the callback allowlist', () => {
    const config = loadConfig({ ...mpesa, MPESA_CALLBACK_ALLOWED_IPS: ' 196.201.214.0/24, 196.201.213.114 ,' });
    expect(config.payments.mpesa).toMatchObject({ shortcode: '174379', consumerKey: 'key' });
    expect(config.payments.mpesa.callbackAllowedIps).toEqual(['196.201.214.0/24', '196.201.213.114']);
    expect(loadConfig({}).payments.mpesa.callbackAllowedIps).toEqual([]);
  });

  it('is optional in production, but complete once MPESA_CONSUMER_KEY turns it on', () => {
    expect(mpesaProblems({})).toEqual([]);
    expect(mpesaProblems(mpesa)).toEqual([]);
    const incomplete = { ...mpesa, MPESA_PASSKEY: undefined, MPESA_SECURITY_CREDENTIAL: undefined };
    expect(mpesaProblems(incomplete).join('\n')).toMatch(/MPESA_PASSKEY[\s\S]*MPESA_SECURITY_CREDENTIAL/);
  });

  it('refuses an emulator URL in production unless the emulator is allowed on purpose', () => {
    const local = { ...mpesa, MPESA_API_URL: 'http://127.0.0.1:12111' };
    expect(mpesaProblems(local)).toEqual([expect.stringMatching(/^.*MPESA_API_URL: points at a local emulator/)]);
    expect(mpesaProblems({ ...local, PAYMENTS_EMULATOR: 'allow' })).toEqual([]);
  });

  it('never shows a secret in its problems', () => {
    const problems = mpesaProblems({ ...mpesa, MPESA_SHORTCODE: undefined }).join('\n');
    expect(problems).toContain('MPESA_SHORTCODE');
    for (const secret of ['secret', 'passkey', 'credential']) expect(problems).not.toContain(secret);
  });
});
