import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../../platform/runtime/config';
import type { KubeObject } from './render';
import { envOf, type Workload } from './workloads';

/**
 * What the process in `workload` would say about its settings at start: its environment as
 * Kubernetes builds it, every `X_FILE` pointing at a copy of the mounted Secret's key. Only for
 * overlays whose Secrets are rendered (staging's secretGenerator).
 */
export function startupProblems(objects: KubeObject[], workload: Workload): string[] {
  const pod = workload.spec.template.spec;
  const env = envOf(objects, pod.containers[0]);
  const dir = mkdtempSync(join(tmpdir(), `staygraph-${workload.metadata.name}-`));
  for (const [name, path] of Object.entries(env).filter(([key]) => key.endsWith('_FILE'))) {
    const mount = pod.containers[0].volumeMounts?.find((m) => path.startsWith(`${m.mountPath}/`));
    const secretName = pod.volumes?.find((v) => v.name === mount?.name)?.secret?.secretName;
    const secret = objects.find((o) => o.kind === 'Secret' && o.metadata.name === secretName);
    const value = secret?.data?.[path.split('/').at(-1) as string];
    if (value === undefined) return [`${name}: ${path} is in no mounted Secret`];
    const copy = join(dir, name);
    writeFileSync(copy, Buffer.from(value, 'base64'));
    env[name] = copy;
  }
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}
