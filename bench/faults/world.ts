import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import {
  BecomeHostDocument,
  CreateListingDocument,
  LoginDocument,
  PublishListingDocument,
  RegisterDocument,
} from '../../test/support/generated/graphql';
import { listingInput } from '../../test/support/listings/factories';
import { send } from './answers';

export const PASSWORD = 'correct horse battery staple';

export interface World {
  host: { id: string; token: string };
  guests: { id: string; token: string }[];
  listingIds: string[];
}

async function must<T>(what: string, answer: Promise<{ data?: T | null; errorCode?: string; broken?: string }>) {
  const { data, errorCode, broken } = await answer;
  if (!data || errorCode) throw new Error(`${what} failed: ${broken ?? errorCode ?? 'no data'}`);
  return data;
}

/** A user signed up through the API whose email counts as confirmed (as if they had followed the link), signed in. */
async function verifiedUser(url: string, db: Pool, name: string) {
  const email = `faults-${name}-${randomUUID()}@example.com`;
  const { register } = await must(
    `register ${name}`,
    send(url, RegisterDocument, { input: { email, password: PASSWORD, displayName: name } }),
  );
  if (register.__typename !== 'RegisterSuccess') throw new Error(`register ${name}: ${register.__typename}`);
  await db.query('update accounts.users set email_verified_at = now() where id = $1', [register.user.id]);
  const { login } = await must(`login ${name}`, send(url, LoginDocument, { input: { email, password: PASSWORD } }));
  if (login.__typename !== 'LoginSuccess') throw new Error(`login ${name}: ${login.__typename}`);
  return { id: register.user.id, token: login.accessToken };
}

/**
 * A host with `listings` published instant-book listings (known to bookings once the worker has
 * delivered their terms) and `guests` signed-in guests, all made through the production gateway.
 */
export async function buildWorld(url: string, db: Pool, counts: { listings: number; guests: number }): Promise<World> {
  const user = await verifiedUser(url, db, 'host');
  const profile = { displayName: 'Faulty Host', about: 'Places that survive outages.', languages: ['en'] };
  const { becomeHost } = await must(
    'becomeHost',
    send(url, BecomeHostDocument, { input: { ...profile, responseTimeTarget: 'WITHIN_A_DAY' } }, user.token),
  );
  if (becomeHost.__typename !== 'BecomeHostSuccess') throw new Error(`becomeHost: ${becomeHost.__typename}`);
  const host = { id: user.id, token: becomeHost.accessToken };
  const listingIds: string[] = [];
  for (let i = 0; i < counts.listings; i++) {
    const input = listingInput({ title: `Fault-tolerant flat ${i + 1}`, instantBook: true });
    const { createListing } = await must('createListing', send(url, CreateListingDocument, { input }, host.token));
    if (createListing.__typename !== 'ListingSaved') throw new Error(`createListing: ${createListing.__typename}`);
    const id = createListing.listing.id;
    const { publishListing } = await must('publishListing', send(url, PublishListingDocument, { id }, host.token));
    if (publishListing.__typename !== 'ListingStatusChanged')
      throw new Error(`publishListing: ${publishListing.__typename}`);
    listingIds.push(id);
  }
  const guests = [];
  for (let i = 0; i < counts.guests; i++) guests.push(await verifiedUser(url, db, `guest${i + 1}`));
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { rows } = await db.query<{ n: number }>(
      'select count(*)::int as n from bookings.listing_terms where listing_id = any($1::uuid[])',
      [listingIds],
    );
    if (rows[0].n === listingIds.length) break;
    if (Date.now() > deadline) throw new Error('the worker did not deliver the listings to bookings within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { host, guests, listingIds };
}
