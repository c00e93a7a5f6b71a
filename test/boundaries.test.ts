import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '..');
const IMPORT =
  /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Repository-relative targets of every relative import in a file. */
function localImports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((spec) => spec.startsWith('.'))
    .map((spec) =>
      relative(ROOT, resolve(ROOT, file, '..', spec))
        .split(sep)
        .join('/'),
    );
}

const REGISTRY = 'subgraphs/index';

/** The part of the tree a path belongs to: `platform`, `subgraphs/bookings`, the registry, `test/support`… */
function area(path: string): string {
  if (path === 'subgraphs' || path === REGISTRY) return 'registry';
  const [top, second] = path.split('/');
  if (top === 'subgraphs') return `subgraphs/${second}`;
  if (top === 'test' && second === 'support') return 'test/support';
  return top;
}

const isTest = (file: string) => /\.(test|spec)\.ts$/.test(file) || /(^|\/)test\//.test(file);
/** Data files any part may read: the subgraph URLs and ports, the composed schemas, the manifest. */
const isData = (target: string) => /\.(json|graphql)$/.test(target);

/** Imports from `dir` (production code and tests alike) that leave the `allowed` areas. */
function offending(dir: string, allowed: (file: string) => string[]): string[] {
  return sourceFiles(dir).flatMap((file) =>
    localImports(file)
      .filter((target) => !isData(target) && !allowed(file).includes(area(target)))
      .map((target) => `${file} -> ${target}`),
  );
}

/** Tests may also use the shared harness and the demo data (what `npm start` shows). */
const forTests = (file: string, own: string[]) => (isTest(file) ? [...own, 'test/support', 'scripts', 'demo'] : own);

const domains = readdirSync(join(ROOT, 'subgraphs'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => `subgraphs/${e.name}`);

describe('module boundaries', () => {
  it('contracts/ imports nothing local (only zod)', () => {
    expect(offending('contracts', () => ['contracts'])).toEqual([]);
  });

  it('platform/ imports no subgraph and no contract', () => {
    expect(offending('platform', (file) => forTests(file, ['platform']))).toEqual([]);
  });

  it.each(domains)('%s imports only itself, platform/ and contracts/ (its tests also test/support)', (domain) => {
    expect(offending(domain, (file) => forTests(file, [domain, 'platform', 'contracts']))).toEqual([]);
  });

  it('the registry imports the subgraphs and platform/ only', () => {
    const allowed = ['platform', ...domains];
    expect(localImports(`${REGISTRY}.ts`).filter((t) => !isData(t) && !allowed.includes(area(t)))).toEqual([]);
  });

  it('the gateway imports platform/ only', () => {
    expect(offending('gateway', (file) => forTests(file, ['gateway', 'platform']))).toEqual([]);
  });

  it('the worker imports platform/ and the registry', () => {
    expect(offending('worker', (file) => forTests(file, ['worker', 'platform', 'registry']))).toEqual([]);
  });

  it('the provider emulator imports nothing local', () => {
    expect(offending('emulator', () => ['emulator'])).toEqual([]);
  });

  it('the shared test harness reaches no domain internals', () => {
    // The provider emulator stands in for Stripe and Daraja in payments tests.
    const harness = ['test/support', 'platform', 'contracts', 'registry', 'scripts', 'worker', 'gateway', 'emulator'];
    expect(offending('test/support', () => harness)).toEqual([]);
  });

  it('finds the imports it checks (the checker itself works)', () => {
    expect(localImports('subgraphs/accounts/index.ts')).toContain('platform/runtime/config');
    expect(area('subgraphs/index')).toBe('registry');
  });
});
