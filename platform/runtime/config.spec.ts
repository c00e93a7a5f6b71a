import { developmentSecretsIn, loadConfig, type ConfigError } from './config';

const keys = {
  JWT_PUBLIC_KEYS: '{"keys":[]}',
  SUBGRAPH_SIGNING_SECRET: 'x'.repeat(32),
  STRIPE_SECRET_KEY: 'sk_live_x',
  STRIPE_PUBLISHABLE_KEY: 'pk_live_x',
  STRIPE_WEBHOOK_SECRET: 'whsec_x',
  TWILIO_ACCOUNT_SID: 'AC_x',
  TWILIO_AUTH_TOKEN: 'twilio_x',
  TWILIO_FROM: '+15005550006',
};

describe('loadConfig', () => {
  it('defaults to development with the documented ports', () => {
    const config = loadConfig({});
    expect(config.mode).toBe('development');
    expect(config.gatewayPort).toBe(4000);
    expect(config.subgraphPorts.accounts).toBe(4001);
    expect(config.subgraphUrls.accounts).toBe('http://127.0.0.1:4001/graphql');
  });

  it('takes ports and subgraph URLs from the environment', () => {
    const config = loadConfig({
      ACCOUNTS_PORT: '5001',
      ACCOUNTS_URL: 'http://accounts:5001/graphql',
      GATEWAY_PORT: '0',
    });
    expect(config.subgraphPorts.accounts).toBe(5001);
    expect(config.subgraphUrls.accounts).toBe('http://accounts:5001/graphql');
    expect(config.gatewayPort).toBe(0);
  });

  it('names every bad variable', () => {
    expect.assertions(3);
    try {
      loadConfig({ NODE_ENV: 'staging', GATEWAY_PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      const message = (error as ConfigError).message;
      expect(message).toContain('NODE_ENV');
      expect(message).toContain('GATEWAY_PORT');
      expect(message).toContain('DATABASE_URL');
    }
  });

  it('refuses production without its required services and keys', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /DATABASE_URL[\s\S]*REDIS_URL[\s\S]*JWT_PUBLIC_KEYS[\s\S]*SUBGRAPH_SIGNING_SECRET[\s\S]*STRIPE_SECRET_KEY/,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', REDIS_URL: 'redis://r:6379', ...keys }),
    ).not.toThrow();
  });

  it('finds development secrets among production settings, naming each', () => {
    const dev = {
      privateKey: '{"kid":"dev"}',
      publicKeys: '{"keys":[{"kid":"dev"}]}',
      signingSecret: 's'.repeat(32),
      mfaKey: 'm',
    };
    const production = loadConfig({
      NODE_ENV: 'development',
      JWT_PUBLIC_KEYS: '{"keys":[{"kid":"prod"}]}',
      SUBGRAPH_SIGNING_SECRET: 'p'.repeat(32),
    });
    expect(developmentSecretsIn(production, dev)).toEqual([]);
    const reused = loadConfig({
      NODE_ENV: 'development',
      JWT_PRIVATE_KEY: dev.privateKey,
      JWT_PUBLIC_KEYS: '{"keys":[{"kid":"prod"},{"kid":"dev"}]}',
      SUBGRAPH_SIGNING_SECRET: dev.signingSecret,
    });
    expect(developmentSecretsIn(reused, dev).map((p) => p.split(':')[0])).toEqual([
      'JWT_PRIVATE_KEY',
      'JWT_PUBLIC_KEYS',
      'SUBGRAPH_SIGNING_SECRET',
    ]);
  });

  it('keeps test runs quiet unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
  });
});
