import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { signedInVerifiedUser } from '../../../../test/support/accounts/factories';
import { countStatements } from '../../../../test/support/sql-counter';
import { startTestStack, type TestStack } from '../../../../test/support/test-stack';
import { newId } from '../../../../platform/graphql/ids';
import { createLogger } from '../../../../platform/runtime/logger';
import { createMailer } from '../../../../platform/runtime/mail/mailer';
import { Listing } from '../../listing/listing.entity';
import { ListingStatus } from '../../listing/listing.enums';
import type { CreateListingInput } from '../../listing/listing.inputs';
import { validateNewListing } from '../../listing/listing.validation';
import { asHost, createDraft, createPublishedListing, listingInput } from '../../../../test/support/listings/factories';
import { cleanUpPhotos } from '../photo-cleanup.job';
import { allMediaKeys } from '../../../../platform/media/media-collection';
import { PHOTO_MEDIA } from '../photo-media';
import { png, viaGateway } from '../../../../test/support/media/uploads';
import { requestUpload, uploadPhoto, uploadTicket } from './photo-fixtures';
import {
  DeleteListingPhotoDocument,
  ListingPhotosDocument,
  MyListingsWithCoversDocument,
  ReorderListingPhotosDocument,
  UpdateListingPhotoDocument,
} from '../../../../test/support/generated/graphql';
import { present } from '../../../../test/support/graphql-client';

let stack: TestStack;
let mediaDir: string;
let host: { id: string; token: string };
let otherHost: { token: string };

beforeAll(async () => {
  mediaDir = mkdtempSync(join(tmpdir(), 'staygraph-test-media-'));
  stack = await startTestStack({ env: { MEDIA_DIR: mediaDir } });
  const em = stack.subgraph('accounts').orm.em.fork();
  host = await asHost(stack.client, await signedInVerifiedUser(stack.client, em));
  otherHost = await asHost(stack.client, await signedInVerifiedUser(stack.client, em));
});
afterAll(async () => {
  await stack?.stop();
  rmSync(mediaDir, { recursive: true, force: true });
});

async function photosOf(listingId: string, token?: string) {
  const { listing } = await stack.client.data(ListingPhotosDocument, { token, variables: { id: listingId } });
  return listing;
}

const reorder = async (token: string, listingId: string, photoIds: string[]) =>
  (await stack.client.data(ReorderListingPhotosDocument, { token, variables: { listingId, photoIds } }))
    .reorderListingPhotos;
const updatePhoto = async (token: string, photoId: string, altText: string) =>
  (await stack.client.data(UpdateListingPhotoDocument, { token, variables: { photoId, altText } })).updateListingPhoto;
const deletePhoto = async (token: string, photoId: string) =>
  (await stack.client.data(DeleteListingPhotoDocument, { token, variables: { photoId } })).deleteListingPhoto;

/** A published listing with three photos, uploaded in the order a, b, c. */
async function listingWithThreePhotos() {
  const listing = await createPublishedListing(stack.client, host.token);
  const a = await uploadPhoto(stack, host.token, listing.id, await png(640, 480), 'The terrace');
  const b = await uploadPhoto(stack, host.token, listing.id, await png(480, 640), 'The bedroom');
  const c = await uploadPhoto(stack, host.token, listing.id, await png(800, 600), 'The beach below');
  return { listingId: listing.id, a, b, c };
}

describe('Listing.photos and coverPhoto', () => {
  it('lists photos in upload order with the first as cover, for everyone who sees the listing', async () => {
    const { listingId, a, b, c } = await listingWithThreePhotos();
    const listing = await photosOf(listingId);
    expect(listing?.photos.map((p) => [p.id, p.position, p.altText])).toEqual([
      [a, 0, 'The terrace'],
      [b, 1, 'The bedroom'],
      [c, 2, 'The beach below'],
    ]);
    expect(listing?.coverPhoto?.id).toBe(a);
    expect(listing?.photos[1]).toMatchObject({ width: 480, height: 640 });
  });

  it('leaves out uploads not processed yet, and a listing without photos has no cover', async () => {
    const draft = await createDraft(stack.client, host.token);
    await requestUpload(stack, host.token, draft.id);
    expect(await photosOf(draft.id, host.token)).toMatchObject({ photos: [], coverPhoto: null });
  });
});

describe('reorderListingPhotos', () => {
  it('sets the order and the cover', async () => {
    const { listingId, a, b, c } = await listingWithThreePhotos();
    expect(await reorder(host.token, listingId, [c, a, b])).toMatchObject({
      __typename: 'ListingPhotosReordered',
      photos: [
        { id: c, position: 0 },
        { id: a, position: 1 },
        { id: b, position: 2 },
      ],
    });
    const listing = await photosOf(listingId);
    expect(listing?.photos.map((p) => p.id)).toEqual([c, a, b]);
    expect(listing?.coverPhoto?.id).toBe(c);
  });

  it('refuses an order that leaves out, repeats or adds a photo', async () => {
    const { listingId, a, b, c } = await listingWithThreePhotos();
    for (const photoIds of [
      [a, b],
      [a, b, b],
      [a, b, c, newId()],
      [a, b, 'not-a-uuid'],
    ]) {
      expect(await reorder(host.token, listingId, photoIds)).toMatchObject({
        code: 'LISTINGS.PHOTO_ORDER_MISMATCH',
      });
    }
    expect((await photosOf(listingId))?.photos.map((p) => p.id)).toEqual([a, b, c]);
  });
});

describe('updateListingPhoto', () => {
  it('changes the alt text, validated', async () => {
    const { listingId, b } = await listingWithThreePhotos();
    expect(await updatePhoto(host.token, b, '  Main bedroom, king-size bed  ')).toMatchObject({
      __typename: 'ListingPhotoSaved',
      photo: { id: b, altText: 'Main bedroom, king-size bed' },
    });
    expect(await updatePhoto(host.token, b, '')).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['altText'], code: 'TOO_SHORT' }],
    });
    expect((await photosOf(listingId))?.photos[1].altText).toBe('Main bedroom, king-size bed');
  });
});

describe('deleteListingPhoto', () => {
  it('removes the photo and its files and closes the gap in the order', async () => {
    const { listingId, a, b, c } = await listingWithThreePhotos();
    const before = await photosOf(listingId);
    const smallUrl = viaGateway(stack, present(before?.photos[0].sizes[0].url, 'the small size'));
    expect((await fetch(smallUrl)).status).toBe(200);

    expect(await deletePhoto(host.token, a)).toEqual({
      __typename: 'ListingPhotoDeleted',
      photoId: a,
    });
    const after = await photosOf(listingId);
    expect(after?.photos.map((p) => [p.id, p.position])).toEqual([
      [b, 0],
      [c, 1],
    ]);
    expect(after?.coverPhoto?.id).toBe(b);
    expect(allMediaKeys(PHOTO_MEDIA, a).some((key) => existsSync(join(mediaDir, key)))).toBe(false);
    expect((await fetch(smallUrl)).status).toBe(404);
    expect(await deletePhoto(host.token, a)).toMatchObject({ code: 'LISTINGS.PHOTO_NOT_FOUND' });
  });
});

describe("another host's photos", () => {
  it('cannot be reordered, edited or deleted: they look like photos that do not exist', async () => {
    const { listingId, a, b, c } = await listingWithThreePhotos();
    expect(await reorder(otherHost.token, listingId, [c, b, a])).toMatchObject({
      code: 'LISTINGS.LISTING_NOT_FOUND',
    });
    expect(await updatePhoto(otherHost.token, a, 'Mine now')).toMatchObject({
      code: 'LISTINGS.PHOTO_NOT_FOUND',
    });
    expect(await deletePhoto(otherHost.token, a)).toMatchObject({
      code: 'LISTINGS.PHOTO_NOT_FOUND',
    });
    expect((await photosOf(listingId))?.photos.map((p) => [p.id, p.altText])).toEqual([
      [a, 'The terrace'],
      [b, 'The bedroom'],
      [c, 'The beach below'],
    ]);
  });
});

describe('a page of listings with photos', () => {
  it('costs the same number of SQL statements for 50 listings as for 5', async () => {
    const pageHost = await asHost(
      stack.client,
      await signedInVerifiedUser(stack.client, stack.subgraph('accounts').orm.em.fork()),
    );
    const base = validateNewListing(listingInput() as unknown as CreateListingInput);
    if (!base.ok) throw new Error('the seed listing is invalid');
    const em = stack.subgraph('listings').orm.em.fork();
    const ids = Array.from(
      { length: 50 },
      () => em.create(Listing, { ...base.value, id: newId(), hostId: pageHost.id, status: ListingStatus.PUBLISHED }).id,
    );
    await em.flush();
    await em.execute(
      `insert into listings.listing_photos (id, listing_id, status, position, alt_text, sizes, width, height, upload_expires_at, created_at, updated_at)
       select gen_random_uuid(), l.id, 'READY', p.n, 'Photo ' || p.n, '[{"name":"small","key":"photos/x/small.webp","width":320,"height":240}]', 320, 240, now(), now(), now()
       from unnest(?::uuid[]) as l(id), generate_series(0, 1) as p(n)`,
      [`{${ids.join(',')}}`],
    );

    const subgraph = stack.subgraph('listings');
    const statementsFor = (first: number) =>
      countStatements(subgraph.orm, async () => {
        const { me } = await stack.client.data(MyListingsWithCoversDocument, {
          token: pageHost.token,
          variables: { first },
        });
        const { edges } = present(me, 'the viewer').listings;
        expect(edges).toHaveLength(first);
        expect(edges.every((e) => e.node.coverPhoto?.altText === 'Photo 0')).toBe(true);
      });
    // Listing reads may be served from the listings cache: a first pass warms it, so both pages read alike.
    await statementsFor(50);
    expect(await statementsFor(50)).toBe(await statementsFor(5));
  });
});

describe('listings.clean_up_photos', () => {
  const logger = createLogger({ level: 'silent', name: 'test' });
  const runCleanup = () =>
    cleanUpPhotos.run(
      {},
      {
        em: stack.subgraph('listings').orm.em.fork(),
        mailer: createMailer({ kind: 'files', dir: join(mediaDir, 'mail'), from: 'test@example.com' }, logger),
        logger,
        clock: () => new Date(),
        config: stack.config,
        attempt: 1,
        signal: new AbortController().signal,
      },
    );
  const fileOf = (photoId: string) => join(mediaDir, allMediaKeys(PHOTO_MEDIA, photoId)[0]);
  const rowOf = async (photoId: string) =>
    (
      await stack
        .subgraph('listings')
        .orm.em.fork()
        .execute<{ status: string }[]>(`select status from listings.listing_photos where id = ?`, [photoId])
    )[0]?.status;

  it('removes abandoned uploads and deleted photos with their files, and nothing else', async () => {
    const listing = await createPublishedListing(stack.client, host.token);
    const em = stack.subgraph('listings').orm.em.fork();
    const abandoned = (await uploadTicket(stack, host.token, listing.id)).photoId;
    const open = (await uploadTicket(stack, host.token, listing.id)).photoId;
    const ready = await uploadPhoto(stack, host.token, listing.id, await png(300, 200));
    const deleted = await uploadPhoto(stack, host.token, listing.id, await png(300, 200));
    await em.execute(
      `update listings.listing_photos set upload_expires_at = now() - interval '1 minute' where id = ?`,
      [abandoned],
    );
    // As if a crash had left a file of the abandoned upload, and file removal had failed at deletion.
    mkdirSync(dirname(fileOf(abandoned)), { recursive: true });
    writeFileSync(fileOf(abandoned), 'partial');
    await em.execute(`update listings.listing_photos set status = 'DELETED' where id = ?`, [deleted]);

    await runCleanup();

    expect(await rowOf(abandoned)).toBeUndefined();
    expect(await rowOf(deleted)).toBeUndefined();
    expect(existsSync(fileOf(abandoned))).toBe(false);
    expect(existsSync(fileOf(deleted))).toBe(false);
    expect(await rowOf(open)).toBe('PENDING');
    expect(await rowOf(ready)).toBe('READY');
    expect(existsSync(fileOf(ready))).toBe(true);
  });
});
