import type { Tally } from './answers';
import type { Check } from './checks';
import { loggedProblems } from './logs';

/** Prints what the stack survived: the faults in order, every answer counted, the checks, and what the processes logged. */
export function printSummary(report: {
  timeline: string[];
  tally: Tally;
  byPhase: Tally;
  checks: Check[];
  logs: Record<string, string>;
}): void {
  const lines = ['', 'Fault script summary', '', 'Timeline:', ...report.timeline.map((t) => `  ${t}`), ''];
  lines.push('Answers (operation, outcome: count):');
  for (const [operation, outcomes] of [...report.tally.counts].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...outcomes].sort((a, b) => b[1] - a[1]);
    lines.push(`  ${operation.padEnd(32)} ${sorted.map(([outcome, n]) => `${outcome} ${n}`).join(', ')}`);
  }
  lines.push('', 'Error answers by phase (phase, code: count):');
  for (const [phase, outcomes] of report.byPhase.counts)
    lines.push(`  ${phase.padEnd(32)} ${[...outcomes].map(([outcome, n]) => `${outcome} ${n}`).join(', ')}`);
  if (report.byPhase.counts.size === 0) lines.push('  none');
  lines.push('', 'Checks:');
  for (const check of report.checks) lines.push(`  ${check.ok ? 'PASS' : 'FAIL'}  ${check.name}: ${check.detail}`);
  lines.push('', 'Warnings and errors logged (count, level, service: message [role]):');
  for (const [name, file] of Object.entries(report.logs)) {
    const problems = loggedProblems(file);
    if (problems.length === 0) lines.push(`  ${name}: none`);
    for (const p of problems.slice(0, 25))
      lines.push(`  ${name.padEnd(7)} ${String(p.n).padStart(5)}× ${p.level} ${p.msg}`);
  }
  const failed = report.checks.filter((c) => !c.ok).length;
  lines.push('', failed === 0 ? 'RESULT: survived every fault' : `RESULT: ${failed} check(s) FAILED`, '');
  console.log(lines.join('\n'));
}
