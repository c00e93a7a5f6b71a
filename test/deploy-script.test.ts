import { join } from 'node:path';
import { runDeployScript, type DeployRun } from './support/deploy-script';

/** deploy/release/deploy.sh, the release workflow's deploy step, against a scripted cluster. */

const root = join(__dirname, '..');
const IMAGE = 'ghcr.io/staygraph/staygraph@sha256:' + 'a'.repeat(64);

// The rendered file has a temporary path: CONFIG applies its settings and Secrets, ALL everything.
const APPLIED: Record<string, RegExp> = {
  'kubectl apply -f CONFIG': /^kubectl apply -f \S+ --selector app\.kubernetes\.io\/component=config$/,
  'kubectl apply -f ALL': /^kubectl apply -f \S+ -o name$/,
};
const matches = (recorded: string, call: string) => APPLIED[call]?.test(recorded) ?? recorded.startsWith(call);
const indexOf = (run: DeployRun, call: string) => {
  const index = run.calls.findIndex((c) => matches(c, call));
  if (index < 0) throw new Error(`never ran "${call}":\n${run.calls.join('\n')}`);
  return index;
};
const ran = (run: DeployRun, call: string) => run.calls.some((c) => c.startsWith(call));

describe('the deploy script', () => {
  it('pins the digest, migrates before anything rolls, awaits every rollout, then smoke-tests', async () => {
    const run = await runDeployScript(root, 'staging', IMAGE, { migration: 'complete', smoke: 'passes' });
    expect(run.output).toContain(`staging runs ${IMAGE}`);
    expect(run.status).toBe(0);
    expect(run.calls).toContain(`kustomize edit set image staygraph=${IMAGE}`);
    const order = [
      'kubectl apply -f deploy/kustomize/overlays/staging/namespace.yaml',
      'kubectl apply -f CONFIG',
      'kubectl -n staygraph-staging delete job migrate',
      'kubectl -n staygraph-staging wait job/migrate --for=condition=complete',
      'kubectl apply -f ALL',
      'kubectl -n staygraph-staging rollout status deployment.apps/gateway',
      'kubectl -n staygraph-staging rollout status deployment.apps/accounts',
      'npm run --silent smoke',
    ].map((call) => indexOf(run, call));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(run.calls).toContainEqual(
      expect.stringMatching(/^kubectl apply -f \S+ --selector app\.kubernetes\.io\/component=migration$/),
    );
    expect(ran(run, 'kubectl -n staygraph-staging rollout undo')).toBe(false);
  });

  it('rolls every Deployment back when the smoke test fails, and fails', async () => {
    const run = await runDeployScript(root, 'staging', IMAGE, { migration: 'complete', smoke: 'fails' });
    expect(run.status).toBe(1);
    expect(run.output).toContain('smoke test failed: rolling back');
    expect(run.calls).toEqual(
      expect.arrayContaining([
        'kubectl -n staygraph-staging rollout undo deployment.apps/gateway',
        'kubectl -n staygraph-staging rollout undo deployment.apps/accounts',
      ]),
    );
    expect(indexOf(run, 'npm run --silent smoke')).toBeLessThan(
      indexOf(run, 'kubectl -n staygraph-staging rollout undo'),
    );
  });

  it('rolls nothing out when the migration Job fails', async () => {
    const run = await runDeployScript(root, 'production', IMAGE, { migration: 'failed', smoke: 'passes' });
    expect(run.status).toBe(1);
    expect(run.output).toContain('migrations failed: nothing was rolled out');
    expect(ran(run, 'kubectl -n staygraph logs job/migrate')).toBe(true);
    expect(ran(run, 'kubectl -n staygraph rollout')).toBe(false);
    expect(ran(run, 'npm')).toBe(false);
  });

  it('refuses an image given by tag instead of digest', async () => {
    const run = await runDeployScript(root, 'staging', 'ghcr.io/staygraph/staygraph:1.4.0', {
      migration: 'complete',
      smoke: 'passes',
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain('deploy by digest, not by tag');
    expect(run.calls).toEqual([]);
  });
});
