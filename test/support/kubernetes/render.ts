import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

const root = join(__dirname, '..', '..', '..');

/** `kubectl kustomize` renders what `kubectl apply -k` would send; undefined without kubectl. */
export function kubectlVersion(): string | undefined {
  const result = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.split('\n')[0] : undefined;
}

export function renderOverlay(overlay: string): KubeObject[] {
  const yaml = execFileSync('kubectl', ['kustomize', join(root, 'deploy', 'kustomize', 'overlays', overlay)], {
    encoding: 'utf8',
  });
  return parseAllDocuments(yaml).map((doc) => withUnwrappedSecretData(doc.toJSON() as KubeObject));
}

/** kustomize wraps long base64 values over lines, which the API server's decoder ignores (the schema's pattern does not). */
function withUnwrappedSecretData(object: KubeObject): KubeObject {
  if (object.kind !== 'Secret' || !object.data) return object;
  const data = Object.fromEntries(Object.entries(object.data).map(([key, value]) => [key, value.replace(/\s/g, '')]));
  return { ...object, data };
}

// kubernetes-models is ESM-only: it runs in its own Node process, one import per API group version.
const VALIDATOR = `
import { readFileSync } from 'node:fs';
const problems = [];
for (const object of JSON.parse(readFileSync(0, 'utf8'))) {
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['', object.apiVersion];
  const module = group.endsWith('external-secrets.io')
    ? '@kubernetes-models/external-secrets/' + object.apiVersion
    : 'kubernetes-models/' + (group ? group + '/' : '') + version;
  const where = object.kind + '/' + object.metadata?.name;
  const Model = (await import(module).catch(() => ({})))[object.kind];
  if (!Model) { problems.push(where + ': no schema for ' + object.apiVersion); continue; }
  try { new Model(object).validate(); } catch (error) { problems.push(where + ': ' + error.message); }
}
process.stdout.write(JSON.stringify(problems));
`;

/** Every object checked against the Kubernetes (and External Secrets) API schemas; the problems found. */
export function schemaProblems(objects: KubeObject[]): string[] {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', VALIDATOR], {
    cwd: root,
    input: JSON.stringify(objects),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`schema validation did not run: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[];
}
