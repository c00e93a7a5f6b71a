import { existsSync, readFileSync } from 'node:fs';

/** pino's numeric levels. */
const LEVELS: Record<number, string> = { 40: 'warn', 50: 'error', 60: 'fatal' };

/**
 * The warnings and errors a process logged, counted by level and message: an outage should show as
 * a start and an end alert, not a line per request.
 */
export function loggedProblems(file: string): { level: string; msg: string; n: number }[] {
  if (!existsSync(file)) return [];
  const counts = new Map<string, { level: string; msg: string; n: number }>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    let entry: { level?: number; msg?: string; service?: string; role?: string };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      continue;
    }
    const level = LEVELS[entry.level ?? 0];
    if (!level) continue;
    const msg = `${entry.service ?? '?'}: ${entry.msg}${entry.role ? ` [${entry.role}]` : ''}`;
    const key = `${level} ${msg}`;
    const counted = counts.get(key) ?? { level, msg, n: 0 };
    counted.n++;
    counts.set(key, counted);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n);
}
