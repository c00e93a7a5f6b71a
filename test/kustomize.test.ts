import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import registry from '../schema/subgraphs.json';
import { kubectlVersion, renderOverlay, schemaProblems, type KubeObject } from './support/kubernetes/render';
import { envOf, ofKind, poolsOf, secretKeys, type Hpa, type Workload } from './support/kubernetes/workloads';
import { startupProblems } from './support/kubernetes/process-settings';

/** deploy/kustomize: both overlays render, every object is valid for the API, and the rules of deploy/README.md hold. */

const budgets = JSON.parse(readFileSync(join(__dirname, '..', 'deploy', 'connection-budget.json'), 'utf8')) as Record<
  string,
  { maxConnections: number; reserved: number }
>;
const kubectl = kubectlVersion();
if (!kubectl) console.warn('\n[test] SKIPPING the kustomize manifest checks: kubectl is not installed.\n');
const describeWithKubectl = kubectl ? describe : describe.skip;
const processes = ['gateway', ...registry.subgraphs.map((s) => s.name), 'worker'];

describeWithKubectl.each(['staging', 'production'])('the %s overlay', (overlay) => {
  let objects: KubeObject[];
  let deployments: Workload[];
  beforeAll(() => {
    objects = renderOverlay(overlay);
    deployments = ofKind<Workload>(objects, 'Deployment');
  });
  const hpaOf = (name: string) =>
    ofKind<Hpa>(objects, 'HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.name === name);

  it('renders objects that all validate against the Kubernetes API schemas', () => {
    expect(objects.length).toBeGreaterThan(processes.length * 3);
    expect(schemaProblems(objects)).toEqual([]);
  });

  it('runs the gateway, every registered subgraph and the worker, each with an autoscaler and a disruption budget', () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual([...processes].sort());
    for (const name of processes) {
      expect({ name, hpa: hpaOf(name) !== undefined }).toEqual({ name, hpa: true });
      const pdb = objects.find((o) => o.kind === 'PodDisruptionBudget' && o.metadata.name === name);
      expect({ name, pdb: (pdb?.spec?.selector as { matchLabels?: object })?.matchLabels }).toEqual({
        name,
        pdb: { 'app.kubernetes.io/name': name },
      });
    }
  });

  it('reaches each subgraph at its registry URL, and the gateway calls it there', () => {
    const gateway = deployments.find((d) => d.metadata.name === 'gateway') as Workload;
    const gatewayEnv = envOf(objects, gateway.spec.template.spec.containers[0]);
    for (const subgraph of registry.subgraphs) {
      const service = objects.find((o) => o.kind === 'Service' && o.metadata.name === subgraph.name);
      expect((service?.spec?.ports as { port: number }[])[0].port).toBe(subgraph.port);
      expect(gatewayEnv[`${subgraph.name.toUpperCase()}_URL`]).toBe(subgraph.url);
    }
  });

  it('gives every process probes, a drain, resources and a non-root, read-only, capability-free container', () => {
    for (const deployment of deployments) {
      const pod = deployment.spec.template.spec;
      const [container] = pod.containers;
      const name = deployment.metadata.name;
      expect({ name, readiness: !!container.readinessProbe, liveness: !!container.livenessProbe }).toEqual({
        name,
        readiness: true,
        liveness: true,
      });
      expect({ name, preStop: !!container.lifecycle?.preStop }).toEqual({ name, preStop: true });
      expect({ name, ...container.resources }).toEqual({
        name,
        requests: { cpu: expect.any(String), memory: expect.any(String) },
        limits: { cpu: expect.any(String), memory: expect.any(String) },
      });
      expect({ name, ...pod.securityContext }).toMatchObject({
        name,
        runAsNonRoot: true,
        runAsUser: expect.any(Number),
        seccompProfile: { type: 'RuntimeDefault' },
      });
      expect(pod.securityContext?.runAsUser).not.toBe(0);
      expect({ name, ...container.securityContext }).toEqual({
        name,
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      expect({ name, maxUnavailable: deployment.spec.strategy?.rollingUpdate?.maxUnavailable }).toEqual({
        name,
        maxUnavailable: 0,
      });
      expect(envOf(objects, container).TRUST_PROXY).toBeDefined();
    }
  });

  it('hands every secret over as a file from a Secret the overlay provides, never as a plain value', () => {
    for (const workload of [...deployments, ...ofKind<Workload>(objects, 'Job')]) {
      const pod = workload.spec.template.spec;
      const env = envOf(objects, pod.containers[0]);
      for (const [name, path] of Object.entries(env).filter(([key]) => key.endsWith('_FILE'))) {
        const mount = pod.containers[0].volumeMounts?.find((m) => path.startsWith(`${m.mountPath}/`));
        const volume = pod.volumes?.find((v) => v.name === mount?.name);
        const keys = secretKeys(objects, volume?.secret?.secretName ?? '');
        const key = path.split('/').at(-1) as string;
        const found = keys === 'remote' || (keys ?? []).includes(key);
        expect({ workload: workload.metadata.name, name, found }).toEqual({
          workload: workload.metadata.name,
          name,
          found: true,
        });
      }
      for (const secret of ['JWT_PRIVATE_KEY', 'SUBGRAPH_SIGNING_SECRET', 'DATABASE_URL', 'STRIPE_SECRET_KEY']) {
        expect(env[secret]).toBeUndefined();
      }
    }
  });

  it('keeps photos and avatars in object storage wherever listings or accounts may run more than one pod', () => {
    for (const name of ['listings', 'accounts']) {
      const deployment = deployments.find((d) => d.metadata.name === name) as Workload;
      const env = envOf(objects, deployment.spec.template.spec.containers[0]);
      if (Math.max(deployment.spec.replicas ?? 1, hpaOf(name)?.spec.maxReplicas ?? 1) > 1) {
        expect({ name, storage: env.MEDIA_STORAGE, bucket: !!env.S3_BUCKET }).toEqual({
          name,
          storage: 's3',
          bucket: true,
        });
      }
    }
  });

  it('runs migrations as a Job with the migrator role', () => {
    const [job] = ofKind<Workload>(objects, 'Job');
    expect(job.spec.template.spec.containers[0].command).toEqual(['node', 'dist/scripts/migrate.js']);
    expect(envOf(objects, job.spec.template.spec.containers[0]).MIGRATION_DATABASE_URL_FILE).toBeDefined();
  });

  it('publishes only the gateway', () => {
    const ingresses = objects.filter((o) => o.kind === 'Ingress');
    const backends = JSON.stringify(ingresses.map((i) => i.spec));
    expect(backends.match(/"service":\{"name":"([^"]+)"/g)).toEqual(['"service":{"name":"gateway"']);
    for (const service of objects.filter((o) => o.kind === 'Service'))
      expect(service.spec?.type ?? 'ClusterIP').toBe('ClusterIP');
  });

  it('fits the PostgreSQL connection budget at full scale, rollout surge included', () => {
    const budget = budgets[overlay];
    const perWorkload = [...deployments, ...ofKind<Workload>(objects, 'Job')].map((workload) => {
      const pods =
        workload.kind === 'Job'
          ? 1
          : (hpaOf(workload.metadata.name)?.spec.maxReplicas ?? workload.spec.replicas ?? 1) +
            (workload.spec.strategy?.rollingUpdate?.maxSurge ?? 1);
      const poolMax = Number(envOf(objects, workload.spec.template.spec.containers[0]).DB_POOL_MAX ?? 10);
      return pods * poolsOf(workload, registry.subgraphs.length) * poolMax;
    });
    expect(perWorkload.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(budget.maxConnections - budget.reserved);
  });

  if (overlay === 'staging') {
    it('gives every process settings that pass its production checks at start', () => {
      for (const workload of [...deployments, ...ofKind<Workload>(objects, 'Job')]) {
        const name = workload.metadata.name;
        expect({ name, problems: startupProblems(objects, workload) }).toEqual({ name, problems: [] });
      }
    });
  }

  if (overlay === 'production') {
    it('runs at least two pods of everything, and the autoscaler never goes below that', () => {
      for (const deployment of deployments) {
        const name = deployment.metadata.name;
        expect({ name, replicas: (deployment.spec.replicas ?? 1) >= 2 }).toEqual({ name, replicas: true });
        expect({ name, min: (hpaOf(name)?.spec.minReplicas ?? 0) >= 2 }).toEqual({ name, min: true });
      }
    });
  }
});
