import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

export interface DeployRun {
  status: number | null;
  output: string;
  /** Every kubectl, kustomize and npm command the script ran, in order. */
  calls: string[];
}

export interface ClusterBehaviour {
  migration: 'complete' | 'failed';
  smoke: 'passes' | 'fails';
}

// What `kubectl kustomize` renders, cut to what the script reads.
const RENDERED = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: gateway\n';

// A cluster in a script: records each call and answers as `ClusterBehaviour` says. Waits that
// should not finish `exec sleep`, so the script's kill ends them.
const KUBECTL = `#!/usr/bin/env bash
echo "kubectl $*" >> "$CALLS"
case "$*" in
  kustomize*) printf '%s' "$RENDERED" ;;
  *"-o name"*) printf 'deployment.apps/gateway\\ndeployment.apps/accounts\\njob.batch/migrate\\n' ;;
  *"--for=condition=complete"*) [ "$MIGRATION" = complete ] || exec sleep 30 ;;
  *"--for=condition=failed"*) [ "$MIGRATION" = failed ] || exec sleep 30 ;;
  *port-forward*) exec node -e "require('net').createServer((s) => s.end()).listen(Number(process.env.DEPLOY_SMOKE_PORT), '127.0.0.1')" ;;
esac
exit 0
`;
const RECORDER = (name: string, exit: string) => `#!/usr/bin/env bash\necho "${name} $*" >> "$CALLS"\nexit ${exit}\n`;

/** Runs deploy/release/deploy.sh against stand-ins for kubectl, kustomize and npm. */
export async function runDeployScript(
  root: string,
  overlay: string,
  image: string,
  cluster: ClusterBehaviour,
): Promise<DeployRun> {
  const bin = mkdtempSync(join(tmpdir(), 'staygraph-deploy-'));
  const calls = join(bin, 'calls.log');
  writeFileSync(calls, '');
  const stubs = { kubectl: KUBECTL, kustomize: RECORDER('kustomize', '0'), npm: RECORDER('npm', '"${SMOKE_EXIT:-0}"') };
  for (const [name, body] of Object.entries(stubs)) {
    writeFileSync(join(bin, name), body);
    chmodSync(join(bin, name), 0o755);
  }
  const result = spawnSync('bash', [join(root, 'deploy', 'release', 'deploy.sh'), overlay, image], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      CALLS: calls,
      RENDERED,
      MIGRATION: cluster.migration,
      SMOKE_EXIT: cluster.smoke === 'passes' ? '0' : '1',
      DEPLOY_SMOKE_PORT: String(await freePort()),
    },
  });
  return {
    status: result.status,
    output: `${result.stdout}${result.stderr}`,
    calls: readFileSync(calls, 'utf8').split('\n').filter(Boolean),
  };
}
