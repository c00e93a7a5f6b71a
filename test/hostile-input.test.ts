import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUBGRAPHS } from '../platform/runtime/config-env';
import { totpCodeAt } from '../subgraphs/accounts/mfa/totp';
import { completeStay, guestReview, hostReview, submit } from '../subgraphs/reviews/test/reviews-support';
import { LogCapture } from './support/log-capture';
import { startTestStack, type TestStack } from './support/test-stack';
import { startTestWorker, type TestWorker } from './support/test-worker';
import { jobsSettled } from './support/hostile-input/arrange';
import {
  HostileWalk,
  PROBLEMS,
  casesOf,
  report,
  type Finding,
  type WalkPlan,
} from './support/hostile-input/hostile-walk';
import {
  loadApiSchema,
  validValueSources,
  nestedTargets,
  rootTargets,
  type Target,
} from './support/hostile-input/schema-walk';
import { validValues } from './support/hostile-input/valid-values';
import {
  LANES,
  LIMITS_RAISED,
  arrangeWorld,
  ownViewers,
  ruleViewer,
  tokenOf,
  type DomainAids,
  type World,
} from './support/hostile-input/world';

/**
 * Item 9 of issue #12: every root field and every argument of schema/api.graphql (input fields at
 * any depth, and the arguments of fields below the root) gets every kind of hostile value, through
 * the gateway, as a viewer its permission rule admits, with valid values everywhere else. No answer
 * may be an internal error or show SQL, an internal address or a file path, and nothing may be
 * logged as an internal error. New fields are walked without changes here; a field this file
 * cannot call (no viewer, no valid value) fails the first test.
 */

const schema = loadApiSchema();
const { targets: belowRoot, unreachable } = nestedTargets(schema, { User: 'me', Listing: 'listing' });
const TARGETS: Target[] = [...rootTargets(schema), ...belowRoot];

const logs = new LogCapture('warn');
const mediaDir = mkdtempSync(join(tmpdir(), 'staygraph-test-hostile-media-'));
let stack: TestStack;
let worker: TestWorker;
let world: World;
let walk: HostileWalk;
let findings: Finding[] = [];
let uncallable: string[] = [];

/** The accounts and reviews subgraphs' own test helpers the world is arranged with. */
const AIDS: DomainAids = { totpCodeAt, completeStay, guestReview, hostReview, submit };

/** Where the walk calls as whom, with which valid values, in which lanes. */
function walkPlan(): WalkPlan {
  const own = ownViewers(stack, world);
  return {
    viewer: async (call) => {
      const viewer = own[call.target.coordinate];
      return viewer ? viewer.token(call) : tokenOf(world, ruleViewer(call.target));
    },
    viewerName: (target) => own[target.coordinate]?.name ?? ruleViewer(target),
    values: validValues(stack, world, AIDS),
    lanes: (target) => LANES[target.coordinate as keyof typeof LANES],
  };
}

/**
 * Valid calls that end in a typed error by design: the walk has no real link or failed job to give,
 * and a settled payment to refund would need a card payment and its webhook.
 */
const EXPECTED_TYPED_ERROR: Record<string, string> = {
  'Mutation.refundPayment': 'PaymentNotRefundableError',
  'Mutation.resetPassword': 'InvalidLinkError',
  'Mutation.verifyEmail': 'InvalidLinkError',
  'Mutation.retryFailedJob': 'FailedJobNotFoundError',
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

beforeAll(async () => {
  const started = Date.now();
  [stack, worker] = await Promise.all([
    startTestStack({ env: { ...LIMITS_RAISED, MEDIA_DIR: mediaDir }, loggerFor: logs.loggerFor }),
    startTestWorker({ logger: logs.loggerFor('worker') }),
  ]);
  world = await arrangeWorld(stack, AIDS);
  const plan = walkPlan();
  const arranged = Date.now();
  uncallable = [
    ...unreachable.map((c) => `${c}: no query reaches its type`),
    ...TARGETS.flatMap((target) => {
      try {
        ruleViewer(target);
      } catch (error) {
        return [String((error as Error).message)];
      }
      return validValueSources(plan.values, target).missing.map((m) => `${target.coordinate}: ${m}`);
    }),
  ];
  // An id made up by the fallback is well-formed but names nothing: the walk reaches less code there.
  const madeUpIds = TARGETS.flatMap((t) => validValueSources(plan.values, t).byType.filter((v) => v.type === 'ID'));
  if (madeUpIds.length > 0)
    console.warn(
      `hostile walk: no real id in test/support/hostile-input/valid-values.ts for ${madeUpIds.map((v) => v.coordinate).join(', ')}; add one there`,
    );
  const callable = TARGETS.filter((t) => !uncallable.some((u) => u.startsWith(`${t.coordinate}:`)));
  logs.lines.length = 0; // what arranging logged is not the walk's
  walk = new HostileWalk(plan, {
    gatewayUrl: stack.gateway.url,
    concurrency: 8,
    selectionDepth: 2,
    internalAddresses: [
      'http://127.0.0.1:',
      'localhost:400',
      ...stack.subgraphs.map((s) => new URL(s.url).host),
      ...SUBGRAPHS.map((s) => new URL(s.url).host),
    ],
  });
  await walk.walk(casesOf(callable));
  await jobsSettled(stack);
  walk.attributeLogs(logs.errors());
  findings = walk.findings;
  // HOSTILE_INPUT_REPORT=<file> keeps the whole grouped report (all problems) for reading.
  if (process.env.HOSTILE_INPUT_REPORT) writeFileSync(process.env.HOSTILE_INPUT_REPORT, `${report(findings)}\n`);
  const shallow = [...walk.validAnswers]
    .filter(([coordinate, names]) => names.some((n) => n.endsWith('Error') && EXPECTED_TYPED_ERROR[coordinate] !== n))
    .map(([coordinate, names]) => `${coordinate}: ${names.filter((n) => n.endsWith('Error')).join(', ')}`);
  // Not failures, but hostile values there reach less code: worth a look when one is not expected.
  if (shallow.length > 0)
    console.warn(`hostile walk: valid calls answered with a typed error:\n  ${shallow.join('\n  ')}`);
  const walked = Date.now() - arranged;
  if (walked > 60_000) {
    const slowest = [...walk.time]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([coordinate, ms]) => `${coordinate} ${seconds(ms)}`);
    console.warn(
      `hostile walk: ${walk.requests} calls took ${seconds(walked)} (arranging ${seconds(arranged - started)}); ` +
        `most time waiting on ${slowest.join(', ')}`,
    );
  }
}, 300_000);

afterAll(async () => {
  await worker?.stop();
  await stack?.stop();
  rmSync(mediaDir, { recursive: true, force: true });
});

/** Fails with the grouped findings of these problems, if any. */
function expectNone(...problems: string[]): void {
  const text = report(findings.filter((f) => problems.includes(f.problem)));
  if (text) throw new Error(`\n${text}`);
}

describe('hostile input through the gateway, over the whole schema', () => {
  it('can call every root field and every field with arguments below the root', () => {
    expect(uncallable).toEqual([]);
    expectNone(PROBLEMS.harness);
  });

  it('answers every valid call without errors (the walk reaches the code behind each argument)', () => {
    expectNone(PROBLEMS.baseline);
  });

  it('never answers INTERNAL_SERVER_ERROR, a 5xx or nothing', () => {
    expectNone(PROBLEMS.internal, PROBLEMS.http5xx, PROBLEMS.noAnswer);
  });

  it('never shows SQL, an internal address or a file path', () => {
    expectNone(PROBLEMS.sql, PROBLEMS.url, PROBLEMS.path);
  });

  it('logs no internal error', () => {
    expectNone(PROBLEMS.log);
  });
});
