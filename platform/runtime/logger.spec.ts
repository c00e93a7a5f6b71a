import { Writable } from 'node:stream';
import { createLogger } from './logger';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger({ level: 'info', name: 'spec', destination }), lines };
}

describe('logger redaction', () => {
  it('never writes payment provider credentials, whatever object holds them', () => {
    const { logger, lines } = capture();
    const secrets = [
      'sk_test_secret',
      'whsec_secret',
      'pi_1_secret_2',
      'consumer-secret',
      'daraja-passkey',
      'initiator-credential',
      'c3RrLXBhc3N3b3Jk',
    ];
    logger.info(
      {
        config: {
          payments: {
            stripe: { secretKey: secrets[0], webhookSecret: secrets[1], publishableKey: 'pk_test_public' },
            mpesa: { consumerSecret: secrets[3], passkey: secrets[4], securityCredential: secrets[5] },
          },
        },
        env: { STRIPE_SECRET_KEY: secrets[0], MPESA_PASSKEY: secrets[4] },
        started: { clientSecret: secrets[2] },
        body: { Password: secrets[6], SecurityCredential: secrets[5] },
        req: { headers: { 'stripe-signature': 't=1,v1=abc' } },
      },
      'configured',
    );
    const written = lines.join('');
    for (const secret of [...secrets, 't=1,v1=abc']) expect(written).not.toContain(secret);
    expect(written).toContain('pk_test_public');
  });
});
