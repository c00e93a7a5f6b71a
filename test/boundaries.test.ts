import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '..');
const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

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
    .map((spec) => relative(ROOT, resolve(ROOT, file, '..', spec)).split(sep).join('/'));
}

function area(path: string): string {
  const [top, second] = path.split('/');
  return top === 'subgraphs' ? `subgraphs/${second}` : top;
}

/** End-to-end tests may reuse another domain's client-side test factories: they only speak GraphQL. */
function isTestFactory(file: string, target: string): boolean {
  return /\.(test|spec)\.ts$/.test(file) && /^subgraphs\/[^/]+\/test\//.test(target);
}

const domains = readdirSync(join(ROOT, 'subgraphs'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'kernel')
  .map((e) => `subgraphs/${e.name}`);

describe('module boundaries', () => {
  it('the kernel imports no domain subgraph', () => {
    const offending = sourceFiles('subgraphs/kernel').flatMap((file) =>
      localImports(file).filter((target) => area(target) !== 'subgraphs/kernel' && area(target) !== 'schema').map((t) => `${file} -> ${t}`),
    );
    expect(offending).toEqual([]);
  });

  it.each(domains)('%s imports only itself, the kernel and test support', (domain) => {
    const allowed = new Set([domain, 'subgraphs/kernel', 'test']);
    const offending = sourceFiles(domain).flatMap((file) =>
      localImports(file)
        .filter((target) => !allowed.has(area(target)) && !isTestFactory(file, target))
        .map((t) => `${file} -> ${t}`),
    );
    expect(offending).toEqual([]);
  });

  it('the gateway imports no subgraph internals, only the kernel', () => {
    const offending = sourceFiles('gateway').flatMap((file) =>
      localImports(file)
        .filter((target) => area(target).startsWith('subgraphs/') && area(target) !== 'subgraphs/kernel')
        .filter((target) => !isTestFactory(file, target))
        .map((t) => `${file} -> ${t}`),
    );
    expect(offending).toEqual([]);
  });

  it('finds the imports it checks (the checker itself works)', () => {
    expect(localImports('subgraphs/accounts/index.ts')).toContain('subgraphs/kernel/config');
  });
});
