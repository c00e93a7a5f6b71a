import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, found the same way from TypeScript sources and from compiled `dist/`. */
function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

const ROOT = findRoot(join(__dirname, '..', '..').replace(/[\\/]dist$/, ''));

export function repoPath(...segments: string[]): string {
  return join(ROOT, ...segments);
}

/** The version in package.json: what the build-info metric reports unless APP_VERSION says otherwise. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version: string }).version;
}
