// Before anything that loads http or pg: with OTEL_EXPORTER_OTLP_ENDPOINT set, the bench is traced as production is.
import '../platform/observability/instrument';
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { measureSearches, type Measured } from './search-run';
import { scaleSearches } from './search-scale';

/**
 * `bench:search`: against DATABASE_URL (seed it with `npm run seed -- --listings 100000`), prints
 * p50/p95 latency, SQL statements and plan checks of representative searches through the gateway.
 * `--scale` seeds scratch databases at each of `--scales` instead and prints the p95 growth.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '50' },
      scale: { type: 'boolean', default: false },
      scales: { type: 'string', default: '100000,1000000' },
      keep: { type: 'boolean', default: false },
    },
  });
  const runs = wholeNumber('--runs', values.runs);
  if (values.scale) {
    const scales = values.scales.split(',').map((value) => wholeNumber('--scales', value));
    process.exitCode = (await scaleSearches({ scales, runs, keep: values.keep })) ? 0 : 1;
    return;
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    throw new Error('DATABASE_URL: required (a database seeded with npm run seed -- --listings 100000)');
  const measured = await measureSearches(databaseUrl, runs);
  console.log(
    `database ${new URL(databaseUrl).pathname.slice(1)}: ${measured.published} published listings; ${runs} runs per search, caches off\n`,
  );
  printTable(measured);
  if (measured.measures.some((m) => m.unbounded.length > 0)) process.exitCode = 1;
}

function printTable({ measures }: Measured): void {
  console.log(
    `${'search'.padEnd(36)} ${'results'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}  SQL per operation; plan`,
  );
  for (const m of measures) {
    const cells = [String(m.results).padStart(7), ms(m.p50), ms(m.p95)];
    const plan = m.unbounded.length ? `READS EVERY MATCH: ${m.unbounded.join(', ')}` : 'bounded';
    console.log(`${m.search.name.padEnd(36)} ${cells.join(' ')}  ${m.statements.join(', ') || 'none'}; ${plan}`);
  }
}

function wholeNumber(option: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${option}: give a whole number above 0, not "${value}"`);
  return number;
}

const ms = (value: number) => value.toFixed(1).padStart(8);

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
