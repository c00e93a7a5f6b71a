import { randomUUID } from 'node:crypto';
import {
  CreateBookingDocument,
  QuoteDocument,
  RegisterDocument,
  SearchListingsDocument,
} from '../../test/support/generated/graphql';
import { daysFromNow } from '../../subgraphs/bookings/test/bookings-support';
import { outcomeOf, send, Tally, UNTYPED, type Answer } from './answers';
import { PASSWORD, type World } from './world';

/** Answers that say "try again" (or "the outcome is unknown"): a client retries these with the same idempotency key. */
const RETRYABLE = new Set(['SUBGRAPH_UNAVAILABLE', 'SERVICE_UNAVAILABLE', 'OUTCOME_UNKNOWN', 'NETWORK_ERROR']);

type Result = { __typename?: string } | null | undefined;

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Traffic {
  tally: Tally;
  /** Examples of answers that were neither data nor a typed error, with when they came. */
  broken: string[];
  /** Retries with the same key that did not return the first attempt's result. */
  idempotencyViolations: string[];
  /** Bookings refused in the end (not left unknown), by guest and key: none of them may exist. */
  unbooked: { guestId: string; key: string }[];
  /** Answers that were not data, counted by the fault under way when they came: `counts[phase][outcome]`. */
  byPhase: Tally;
}

/**
 * Mixed traffic from `clients` concurrent clients until `running()` turns false: anonymous searches,
 * quotes, sign-ups and bookings with idempotency keys on a few listings and nearby dates, so
 * overlapping stays are attempted all the time. An answer saying "try again" or "outcome unknown"
 * is retried with the same key as a client would; a third of the sign-ups and a fifth of the
 * bookings made are sent again with their key, as by a client that missed the answer.
 */
export async function runTraffic(
  url: string,
  world: World,
  options: { clients: number; running: () => boolean; since: number; phase: () => string },
): Promise<Traffic> {
  const traffic: Traffic = {
    tally: new Tally(),
    broken: [],
    idempotencyViolations: [],
    byPhase: new Tally(),
    unbooked: [],
  };
  const at = () => `${((performance.now() - options.since) / 1000).toFixed(1)} s`;
  const count = (
    operation: string,
    answer: Parameters<typeof outcomeOf>[0],
    result: Parameters<typeof outcomeOf>[1],
  ) => {
    const outcome = outcomeOf(answer, result);
    traffic.tally.add(operation, outcome);
    if (answer.errorCode) traffic.byPhase.add(options.phase(), outcome);
    if (UNTYPED.includes(outcome) && traffic.broken.length < 20)
      traffic.broken.push(`${at()} ${operation}: ${answer.broken ?? outcome}`);
    return outcome;
  };

  const search = async () => {
    const filter = pick([
      { city: 'Diani' },
      { near: { latitude: -4.31, longitude: 39.56, radiusKm: 25 } },
      { guests: 2 },
    ]);
    const answer = await send(url, SearchListingsDocument, { filter, first: 10 });
    count('search', answer, answer.data?.searchListings);
  };

  const stay = () => {
    const start = 10 + Math.floor(Math.random() * 240);
    return { checkIn: daysFromNow(start), checkOut: daysFromNow(start + 2 + Math.floor(Math.random() * 2)) };
  };

  const quote = async () => {
    const variables = { listingId: pick(world.listingIds), ...stay(), guests: 2 };
    const answer = await send(url, QuoteDocument, variables, pick(world.guests).token);
    count('quote', answer, answer.data?.quote);
  };

  /** Sends again with the same key while the answer says "try again", at most 3 times, a second apart. */
  const untilAnswered = async <T>(operation: string, request: () => Promise<Answer<T>>, resultOf: (d: T) => Result) => {
    let answer = await request();
    let outcome = count(operation, answer, answer.data && resultOf(answer.data));
    for (let retry = 0; retry < 3 && RETRYABLE.has(outcome); retry++) {
      await sleep(1000);
      answer = await request();
      outcome = count(`${operation} (retried, same key)`, answer, answer.data && resultOf(answer.data));
    }
    return { answer, outcome };
  };

  const signUp = async () => {
    const email = `faults-${randomUUID()}@example.com`;
    const input = { email, password: PASSWORD, displayName: 'Fault Guest', idempotencyKey: randomUUID() };
    const register = () => send(url, RegisterDocument, { input });
    const { answer, outcome } = await untilAnswered('register', register, (d) => d.register);
    // The address is new: only a retry that did not replay can find it taken.
    if (outcome === 'ACCOUNTS.EMAIL_TAKEN') traffic.idempotencyViolations.push(`${at()} sign-up retried: email taken`);
    const made = answer.data?.register.__typename === 'RegisterSuccess' ? answer.data.register.user.id : null;
    if (!made || Math.random() > 1 / 3) return;
    // A client that missed the answer sends it again.
    const again = await register();
    const replayed = count('register (sent again, same key)', again, again.data?.register);
    const id = again.data?.register.__typename === 'RegisterSuccess' ? again.data.register.user.id : null;
    if (id !== made && !RETRYABLE.has(replayed))
      traffic.idempotencyViolations.push(`${at()} sign-up sent again with its key: ${replayed}`);
  };

  const book = async (guest: World['guests'][number], dates: ReturnType<typeof stay>, listingId: string) => {
    const input = { listingId, ...dates, guests: 2, idempotencyKey: randomUUID() };
    const create = () => send(url, CreateBookingDocument, { input }, guest.token);
    const { answer, outcome } = await untilAnswered('createBooking', create, (d) => d.createBooking);
    const result = answer.data?.createBooking;
    const made = result?.__typename === 'BookingCreated' ? result.booking.id : null;
    if (!made) {
      if (!RETRYABLE.has(outcome)) traffic.unbooked.push({ guestId: guest.id, key: input.idempotencyKey });
      return;
    }
    if (Math.random() > 0.2) return;
    const again = await create();
    const replayed = count('createBooking (sent again, same key)', again, again.data?.createBooking);
    const id = again.data?.createBooking.__typename === 'BookingCreated' ? again.data.createBooking.booking.id : null;
    if (id !== made && !RETRYABLE.has(replayed))
      traffic.idempotencyViolations.push(`${at()} booking sent again with its key: ${replayed}`);
  };

  // A quarter of the bookings are two guests asking for the same nights at the same moment.
  const booking = async () => {
    const [dates, listingId] = [stay(), pick(world.listingIds)];
    const guests = Math.random() < 0.25 ? [world.guests[0], world.guests[1]] : [pick(world.guests)];
    await Promise.all(guests.map((guest) => book(guest, dates, listingId)));
  };

  // Weighted as a marketplace is: mostly reading, some booking, a few sign-ups (each costs a password hash).
  const operations = [search, search, search, search, quote, quote, quote, booking, booking, booking, signUp];
  const client = async () => {
    while (options.running()) {
      await pick(operations)();
      await sleep(50);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  return traffic;
}
