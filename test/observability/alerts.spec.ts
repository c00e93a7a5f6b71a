import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { registeredMetricNames } from '../support/observability/registered-metrics';

interface Rule {
  alert?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

const DIR = join(__dirname, '..', '..', 'deploy', 'observability');
const rules: Rule[] = (
  parse(readFileSync(join(DIR, 'alerts.yml'), 'utf8')) as { groups: { rules: Rule[] }[] }
).groups.flatMap((group) => group.rules);
const alerts = rules.filter((rule): rule is Rule & { alert: string } => typeof rule.alert === 'string');
const runbook = readFileSync(join(DIR, 'runbook.md'), 'utf8');
const registered = registeredMetricNames();
/** Prometheus's own series about its scrapes; no process registers them. */
const SCRAPE_METRICS = ['up'];

function metricsIn(expr: string): string[] {
  return [...expr.matchAll(/\b(staygraph_[a-z0-9_]+|up)\s*(?=[{[)\s]|$)/g)].map((m) => m[1]);
}

describe('alert rules', () => {
  it('covers what the runbook promises', () => {
    expect(alerts.map((a) => a.alert).sort()).toEqual(
      [
        'StayGraphDatabasePoolSaturated',
        'StayGraphDeadLetters',
        'StayGraphHighErrorRate',
        'StayGraphHighLatencyP95',
        'StayGraphJobQueueBacklog',
        'StayGraphRateLimitSpike',
        'StayGraphSubgraphErrors',
        'StayGraphTargetDown',
      ].sort(),
    );
  });

  it.each(alerts.map((a) => [a.alert, a] as const))('%s references only metrics the code registers', (_name, alert) => {
    const used = metricsIn(alert.expr);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((metric) => !registered.has(metric) && !SCRAPE_METRICS.includes(metric))).toEqual([]);
  });

  it.each(alerts.map((a) => [a.alert, a] as const))(
    '%s has a severity, a summary and a runbook section',
    (name, alert) => {
      expect(['page', 'ticket']).toContain(alert.labels?.severity);
      expect(alert.annotations?.summary).toBeTruthy();
      expect(alert.annotations?.runbook).toBe(`deploy/observability/runbook.md#${name.toLowerCase()}`);
      expect(runbook).toMatch(new RegExp(`^## ${name}\\n\\n\\*\\*Means:\\*\\*`, 'm'));
    },
  );

  it('finds the metrics it checks against (the check itself works)', () => {
    expect(metricsIn('sum(rate(staygraph_gateway_operations_total[5m])) / up{job="x"} == 0')).toEqual([
      'staygraph_gateway_operations_total',
      'up',
    ]);
    expect(registered).toContain('staygraph_gateway_operation_duration_seconds_bucket');
    expect(registered).toContain('staygraph_build_info');
  });
});
