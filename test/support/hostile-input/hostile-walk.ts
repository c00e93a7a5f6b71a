import { randomUUID } from 'node:crypto';
import type { LoggedError, LogLine } from '../log-capture';
import { HUGE_LIST_LENGTH, hostileValuesFor, type HostileValue } from './hostile-values';
import {
  argumentCoordinate,
  argumentsOf,
  isRequired,
  leavesOf,
  operationFor,
  selectionFor,
  validValue,
  valueWithHostile,
  type Leaf,
  type SentArgument,
  type Target,
  type ValidValues,
} from './schema-walk';

/** What valid-value sources and viewers get for one call. */
export interface Call {
  target: Target;
  /** 0, 1, 2… per target: lets a source give each call its own dates, keys, objects. */
  slot: number;
  /** For a target walked in lanes: which one (each lane's calls run one after another). */
  lane: number;
}

export interface WalkPlan {
  /** The access token to call with (undefined: anonymous); throws when the target has no viewer. */
  viewer: (call: Call) => Promise<string | undefined>;
  /** Who `viewer` is, for the report. */
  viewerName: (target: Target) => string;
  values: ValidValues<Call>;
  /**
   * For targets whose calls change what the next call needs (a version): in how many lanes to
   * run them; calls in one lane run one after another. Undefined: all at once.
   */
  lanes: (target: Target) => number | undefined;
}

export interface WalkOptions {
  gatewayUrl: string;
  concurrency: number;
  /** Object levels selected from each result. */
  selectionDepth: number;
  /** Texts that must not appear in a response: the subgraphs' addresses. */
  internalAddresses: string[];
  requestTimeoutMs?: number;
}

export interface Case {
  id: number;
  target: Target;
  leaf?: Leaf;
  hostile?: HostileValue;
  inline: boolean;
}

export const PROBLEMS = {
  internal: 'INTERNAL_SERVER_ERROR in the response',
  http5xx: 'HTTP 5xx',
  sql: 'SQL in the response',
  url: 'internal URL in the response',
  path: 'file path in the response',
  log: 'internal error in the log',
  noAnswer: 'no answer',
  baseline: 'the valid call answered errors (valid values need fixing, or the field is broken)',
  harness: 'the walk could not make the call',
} as const;
export type Problem = (typeof PROBLEMS)[keyof typeof PROBLEMS];

export interface Finding {
  problem: Problem;
  /** `Query.quote(checkIn) as anonymous`, or where an unattributed log line came from. */
  place: string;
  /** The hostile kind (`nul`, `2027-02-30 (inline)`), or `valid call`. */
  kind: string;
  excerpt: string;
}

const SQL_TEXT = [/select /i, /insert into/i, /violates/i, /syntax error at/i, /invalid input syntax/i];
const FILE_PATHS = ['/work/', 'node_modules', '.ts:'];

/** Every case of a target: one per hostile value per leaf (and inline where the value says so), then the valid call. */
export function casesOf(targets: Target[]): Case[] {
  const cases: Case[] = [];
  let id = 0;
  for (const target of targets) {
    const inlinedOnce = new Set<string>();
    for (const leaf of leavesOf(target)) {
      const values = hostileValuesFor(leaf.named, leaf.name);
      for (const hostile of values) {
        cases.push({ id: id++, target, leaf, hostile, inline: false });
        const inline = hostile.inline === true || (hostile.inline === 'once' && !inlinedOnce.has(hostile.kind));
        if (hostile.inline === 'once') inlinedOnce.add(hostile.kind);
        if (inline) cases.push({ id: id++, target, leaf, hostile, inline: true });
      }
      if (leaf.list)
        cases.push({ id: id++, target, leaf, hostile: { kind: 'huge-list', value: HUGE_LIST }, inline: false });
    }
    cases.push({ id: id++, target, inline: false });
  }
  return cases;
}

/** Marks the list leaf to fill with HUGE_LIST_LENGTH valid elements. */
const HUGE_LIST = Symbol('huge list');

export class HostileWalk {
  readonly findings: Finding[] = [];
  readonly requestIds = new Map<string, Case>();
  private readonly run = randomUUID().slice(0, 8);
  private readonly slots = new Map<string, number>();
  private readonly laneCounter = new Map<string, number>();
  requests = 0;
  /** Milliseconds spent waiting for answers, by target. */
  readonly time = new Map<string, number>();
  /** The `__typename`s each valid call answered (a typed error there means the walk reaches less deep). */
  readonly validAnswers = new Map<string, string[]>();

  constructor(
    private readonly plan: WalkPlan,
    private readonly options: WalkOptions,
  ) {}

  /** Runs every case: hostile values first (targets in lanes one call at a time per lane), then the valid calls. */
  async walk(cases: Case[]): Promise<void> {
    const lanes = new Map<string, Case[]>();
    const parallel: Case[] = [];
    const baselines: Case[] = [];
    const laneOf = new Map<Case, number>();
    for (const c of cases) {
      const count = this.plan.lanes(c.target);
      if (count) {
        const seen = this.laneCounter.get(c.target.coordinate) ?? 0;
        this.laneCounter.set(c.target.coordinate, seen + 1);
        const lane = seen % count;
        laneOf.set(c, lane);
        const key = `${c.target.coordinate}#${lane}`;
        lanes.set(key, [...(lanes.get(key) ?? []), c]);
      } else if (c.hostile) parallel.push(c);
      else baselines.push(c);
    }
    const tasks: (() => Promise<void>)[] = [
      ...[...lanes.values()].map((list) => async () => {
        for (const c of list) await this.callCase(c, laneOf.get(c) ?? 0);
      }),
      ...parallel.map((c) => () => this.callCase(c, 0)),
    ];
    await pool(tasks, this.options.concurrency);
    await pool(
      baselines.map((c) => () => this.callCase(c, 0)),
      this.options.concurrency,
    );
  }

  /** Findings from lines logged at error level, on the call whose request id they carry (else on their process). */
  attributeLogs(errors: LogLine[]): void {
    for (const line of errors) {
      const found = line.requestId ? this.requestIds.get(line.requestId) : undefined;
      const excerpt = clip(`${line.service ?? '?'}: ${line.msg ?? ''}${describe(line.err)}`, 220);
      if (found) this.add(PROBLEMS.log, found, excerpt);
      else
        this.findings.push({
          problem: PROBLEMS.log,
          place: `(no request of the walk) ${line.service ?? '?'}`,
          kind: '-',
          excerpt,
        });
    }
  }

  private add(problem: Problem, c: Case, excerpt: string): void {
    this.findings.push({
      problem,
      place: `${c.target.coordinate}(${c.leaf?.label ?? ''}) as ${this.plan.viewerName(c.target)}`,
      kind: c.hostile ? `${c.hostile.kind}${c.inline ? ' (inline)' : ''}` : 'valid call',
      excerpt,
    });
  }

  private nextSlot(target: Target): number {
    const slot = this.slots.get(target.coordinate) ?? 0;
    this.slots.set(target.coordinate, slot + 1);
    return slot;
  }

  private async callCase(c: Case, lane: number): Promise<void> {
    const call: Call = { target: c.target, slot: this.nextSlot(c.target), lane };
    let request: { query: string; variables: Record<string, unknown> };
    let token: string | undefined;
    try {
      token = await this.plan.viewer(call);
      request = await this.operation(c, call);
    } catch (error) {
      this.add(PROBLEMS.harness, c, clip(String(error), 300));
      return;
    }
    const requestId = `hostile-${this.run}-${c.id}`;
    this.requestIds.set(requestId, c);
    this.requests += 1;
    let status: number;
    let text: string;
    const started = performance.now();
    try {
      const response = await fetch(this.options.gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-request-id': requestId,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(this.options.requestTimeoutMs ?? 30_000),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      this.add(PROBLEMS.noAnswer, c, clip(String(error), 200));
      return;
    } finally {
      const spent = performance.now() - started;
      this.time.set(c.target.coordinate, (this.time.get(c.target.coordinate) ?? 0) + spent);
    }
    this.check(c, status, text);
  }

  private async operation(c: Case, call: Call) {
    const { target } = c;
    const sent: SentArgument[] = [];
    for (const { arg, coordinate, required } of argumentsOf(target)) {
      if (c.leaf && c.hostile && c.leaf.path[0] === arg.name) {
        const hostile =
          c.hostile.value === HUGE_LIST
            ? await this.hugeList(c.leaf, call)
            : c.leaf.list
              ? [c.hostile.value]
              : c.hostile.value;
        const value = await valueWithHostile(
          this.plan.values,
          arg.type,
          coordinate,
          c.leaf.path.slice(1),
          hostile,
          call,
        );
        sent.push({ arg, value, inline: c.inline });
      } else if (required) {
        sent.push({ arg, value: await validValue(this.plan.values, arg.type, coordinate, call), inline: false });
      }
    }
    const rootArgs: SentArgument[] = [];
    if (target.via) {
      const { root } = target.via;
      const rootType = target.via.coordinate.slice(0, target.via.coordinate.indexOf('.'));
      for (const arg of root.args) {
        if (!isRequired(arg)) continue;
        const value = await validValue(this.plan.values, arg.type, argumentCoordinate(rootType, root, arg), call);
        rootArgs.push({ arg, value, inline: false });
      }
    }
    return operationFor(target, sent, rootArgs, selectionFor(target.field.type, this.options.selectionDepth));
  }

  /** HUGE_LIST_LENGTH copies of a valid element of the list at `leaf`. */
  private async hugeList(leaf: Leaf, call: Call): Promise<unknown[]> {
    const valid = await validValue(this.plan.values, leaf.type, leaf.coordinate, call);
    const element = Array.isArray(valid) ? (valid[0] as unknown) : valid;
    return Array.from({ length: HUGE_LIST_LENGTH }, () => element);
  }

  private check(c: Case, status: number, text: string): void {
    const add = (problem: Problem, excerpt: string) => this.add(problem, c, excerpt);
    let body: { errors?: { message?: string; path?: unknown; extensions?: { code?: unknown } }[] } | undefined;
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = undefined;
    }
    const errors = body?.errors ?? [];
    if (status >= 500)
      add(
        PROBLEMS.http5xx,
        body
          ? `HTTP ${status} ${errors.map((e) => `${String(e.extensions?.code)}: ${clip(e.message ?? '', 100)}`).join(' | ')}`
          : `HTTP ${status}: ${clip(text, 160)}`,
      );
    const internal = errors.filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
    if (internal.length > 0)
      add(
        PROBLEMS.internal,
        internal.map((e) => `${e.path ? `${JSON.stringify(e.path)} ` : ''}${clip(e.message ?? '', 160)}`).join(' | '),
      );
    else if (text.includes('INTERNAL_SERVER_ERROR'))
      add(PROBLEMS.internal, around(text, text.indexOf('INTERNAL_SERVER_ERROR')));
    for (const pattern of SQL_TEXT) {
      const match = pattern.exec(text);
      if (match) {
        add(PROBLEMS.sql, around(text, match.index));
        break;
      }
    }
    const address = this.options.internalAddresses.find((a) => text.includes(a));
    if (address) add(PROBLEMS.url, around(text, text.indexOf(address)));
    const path = FILE_PATHS.find((p) => text.includes(p));
    if (path) add(PROBLEMS.path, around(text, text.indexOf(path)));
    if (!c.hostile) this.validAnswers.set(c.target.coordinate, typenames(body));
    if (!c.hostile && (errors.length > 0 || body === undefined))
      add(
        PROBLEMS.baseline,
        body === undefined
          ? `HTTP ${status}: ${clip(text, 160)}`
          : errors.map((e) => `${String(e.extensions?.code)}: ${clip(e.message ?? '', 120)}`).join(' | '),
      );
  }
}

/** `: DriverException 22003: message` for an error and its causes, as far as they were logged. */
function describe(err: LoggedError | undefined): string {
  if (!err) return '';
  const parts = [err.type, err.code, err.message].filter(Boolean).join(' ');
  return `${parts ? `: ${parts}` : ''}${describe(err.cause)}`;
}

function typenames(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) typenames(item, found);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      if (key === '__typename' && typeof item === 'string' && !found.includes(item)) found.push(item);
      else if (key !== 'extensions') typenames(item, found);
    }
  return found;
}

async function pool(tasks: (() => Promise<void>)[], size: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, tasks.length) }, async () => {
      while (next < tasks.length) await tasks[next++]();
    }),
  );
}

/**
 * Printable: control characters and lone surrogates escaped, long runs shortened, and no
 * `:line:column` pairs (jest drops message lines that look like stack frames).
 */
export function clip(text: string, max: number): string {
  const printable = JSON.stringify(text.replace(/(.)\1{19,}/g, (run, ch: string) => `${ch}×${run.length}`))
    .slice(1, -1)
    .replace(/:(\d+):(\d+)/g, ':$1/$2');
  return printable.length > max ? `${printable.slice(0, max)}…` : printable;
}

function around(text: string, index: number): string {
  return clip(text.slice(Math.max(0, index - 70), index + 110), 220);
}

const MAX_ANSWERS = 6;

/**
 * The findings grouped by problem, then by field and argument, with the hostile kinds that hit it
 * (`(inline)`: written into the document) and one excerpt per distinct answer.
 */
export function report(findings: Finding[]): string {
  const byProblem = new Map<Problem, Finding[]>();
  for (const f of findings) byProblem.set(f.problem, [...(byProblem.get(f.problem) ?? []), f]);
  const sections: string[] = [];
  for (const [problem, list] of byProblem) {
    const byPlace = new Map<string, Finding[]>();
    for (const f of list) byPlace.set(f.place, [...(byPlace.get(f.place) ?? []), f]);
    const lines = [...byPlace].map(([place, found]) => {
      const byAnswer = new Map<string, { excerpt: string; kinds: Set<string> }>();
      for (const f of found) {
        // Answers that start alike are one answer (they differ in ids, times and echoed values).
        const key = f.excerpt.replace(/\d+/g, 'N').slice(0, 48);
        const answer = byAnswer.get(key) ?? { excerpt: f.excerpt, kinds: new Set<string>() };
        answer.kinds.add(f.kind);
        byAnswer.set(key, answer);
      }
      const answers = [...byAnswer.values()]
        .slice(0, MAX_ANSWERS)
        .map(({ excerpt, kinds }) => `      ${[...kinds].join(', ')}: ${excerpt}`);
      if (byAnswer.size > MAX_ANSWERS) answers.push(`      … and ${byAnswer.size - MAX_ANSWERS} more answers`);
      return [`  ${place}`, ...answers].join('\n');
    });
    sections.push(`${problem} — ${byPlace.size} places, ${list.length} calls\n${lines.join('\n')}`);
  }
  return sections.join('\n\n');
}
