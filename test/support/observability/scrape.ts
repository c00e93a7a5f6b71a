/** The Prometheus text a service serves at `/metrics` on `port`. */
export async function scrape(port: number | null): Promise<string> {
  if (port === null) throw new Error('metrics are off for this service (METRICS_ENABLED)');
  const response = await fetch(`http://127.0.0.1:${port}/metrics`);
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  return response.text();
}

/** The samples of `name` in a scrape, each with its labels, in the order served. */
export function samples(text: string, name: string): { labels: Record<string, string>; value: number }[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .map((line) => {
      const match = /^[^{ ]+(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`unreadable sample: ${line}`);
      const labels = Object.fromEntries(
        [...(match[1] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
      );
      return { labels, value: Number(match[2]) };
    });
}

/** The one sample of `name` whose labels include `labels`; fails naming what was there instead. */
export function sample(text: string, name: string, labels: Record<string, string>): number {
  const all = samples(text, name);
  const found = all.filter((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  if (found.length !== 1)
    throw new Error(`expected one ${name} with ${JSON.stringify(labels)}, found: ${JSON.stringify(all)}`);
  return found[0].value;
}
