import type { KubeObject } from './render';

export interface Container {
  name: string;
  command?: string[];
  env?: { name: string; value?: string }[];
  envFrom?: { configMapRef?: { name: string } }[];
  ports?: { name?: string; containerPort: number }[];
  readinessProbe?: unknown;
  livenessProbe?: unknown;
  lifecycle?: { preStop?: unknown };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: {
    allowPrivilegeEscalation?: boolean;
    readOnlyRootFilesystem?: boolean;
    capabilities?: { drop?: string[] };
  };
  volumeMounts?: { name: string; mountPath: string }[];
}

export interface PodSpec {
  containers: Container[];
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; seccompProfile?: { type: string } };
  volumes?: { name: string; secret?: { secretName: string } }[];
}

export interface Workload extends KubeObject {
  spec: {
    replicas?: number;
    strategy?: { rollingUpdate?: { maxUnavailable?: number; maxSurge?: number } };
    template: { metadata?: { labels?: Record<string, string> }; spec: PodSpec };
  };
}

export interface Hpa extends KubeObject {
  spec: { scaleTargetRef: { name: string }; minReplicas: number; maxReplicas: number };
}

export const ofKind = <T extends KubeObject>(objects: KubeObject[], kind: string) =>
  objects.filter((o) => o.kind === kind) as T[];

/** A container's environment: its config maps (envFrom) overlaid with its own env, as Kubernetes does. */
export function envOf(objects: KubeObject[], container: Container): Record<string, string> {
  const maps = (container.envFrom ?? []).map(
    (from) => objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === from.configMapRef?.name)?.data ?? {},
  );
  const own = Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value ?? '']));
  return Object.assign({}, ...maps, own) as Record<string, string>;
}

/** Keys a Secret (or the Secret an ExternalSecret creates, whose keys live remotely) holds; undefined if none. */
export function secretKeys(objects: KubeObject[], name: string): string[] | 'remote' | undefined {
  const secret = objects.find((o) => o.kind === 'Secret' && o.metadata.name === name);
  if (secret) return Object.keys({ ...secret.data, ...secret.stringData });
  const external = objects.find(
    (o) => o.kind === 'ExternalSecret' && (o.spec?.target as { name?: string } | undefined)?.name === name,
  );
  return external ? 'remote' : undefined;
}

/** PostgreSQL pools a process opens: the worker one per subgraph role plus graphile-worker's own. */
export function poolsOf(workload: Workload, subgraphCount: number): number {
  const component = workload.spec.template.metadata?.labels?.['app.kubernetes.io/component'];
  if (component === 'worker') return subgraphCount + 1;
  return component === 'subgraph' || component === 'migration' ? 1 : 0;
}
