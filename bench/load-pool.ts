/** Closed-loop load for the benches: clients pulling requests from one queue, and what their latencies say. */
export interface Outcome {
  typename: string;
  ms: number;
}

/** Runs `count` tasks with `concurrency` clients pulling from one queue; returns outcomes in order of completion. */
export async function pool(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<string>,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const client = async () => {
    while (next < count) {
      const i = next++;
      const start = performance.now();
      const typename = await task(i).catch(
        (error: unknown) => `error: ${error instanceof Error ? error.message : String(error)}`,
      );
      outcomes.push({ typename, ms: performance.now() - start });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return outcomes;
}

export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;

export function tally(outcomes: Outcome[]): Record<string, number> {
  return outcomes.reduce<Record<string, number>>(
    (counts, o) => ({ ...counts, [o.typename]: (counts[o.typename] ?? 0) + 1 }),
    {},
  );
}
