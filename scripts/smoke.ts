import { runSmokeChecks } from './smoke-checks';

/**
 * `npm run smoke [gateway URL]`: the post-deploy smoke test (release workflow), also runnable
 * against `npm start`. Exits non-zero when a check fails, which makes the pipeline roll back.
 */
async function main(): Promise<void> {
  const gatewayUrl = process.argv[2] ?? process.env.SMOKE_GATEWAY_URL ?? 'http://localhost:4000';
  const results = await runSmokeChecks(gatewayUrl);
  for (const result of results) {
    console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.check}${result.detail ? ` (${result.detail})` : ''}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`smoke against ${gatewayUrl}: ${results.length - failed} passed, ${failed} failed`);
  if (failed > 0) process.exit(1);
}

void main();
