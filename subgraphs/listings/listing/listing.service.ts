import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import type { ListingsCache } from '../cache/listings-cache';
import { publish } from '../../../platform/events/publish';
import { ListingUpdated } from '../../../contracts/events/listings';
import { isListingId } from './listing-id';
import { STATUS_CHANGES, type StatusChange } from './listing-status';
import { listingTerms } from './listing-terms';
import { Listing } from './listing.entity';
import { ListingStatus } from './listing.enums';
import { InvalidListingStatusError, ListingNotFoundError, StaleListingVersionError } from './listing.errors';
import type { CreateListingInput, UpdateListingInput } from './listing.inputs';
import {
  ListingSaved,
  ListingStatusChanged,
  type ChangeListingStatusResult,
  type CreateListingResult,
  type UpdateListingResult,
} from './listing.results';
import { validateListingUpdate, validateNewListing } from './listing.validation';

/** A host's own listings. Callers pass the viewer's id as `hostId`: a listing is only ever found among its host's. */
export class ListingService {
  constructor(
    private readonly clock: Clock,
    private readonly cache: ListingsCache,
  ) {}

  async create(em: EntityManager, hostId: string, input: CreateListingInput): Promise<CreateListingResult> {
    const parsed = validateNewListing(input);
    if (!parsed.ok) return parsed.error;
    const listing = em.create(Listing, { ...parsed.value, hostId });
    await em.flush();
    return new ListingSaved(listing);
  }

  async update(
    em: EntityManager,
    hostId: string,
    id: string,
    expectedVersion: number,
    changes: UpdateListingInput,
    requestId: string,
  ): Promise<UpdateListingResult> {
    const result = await em.transactional(async (tx): Promise<UpdateListingResult> => {
      const listing = await this.lockOwn(tx, hostId, id);
      if (!listing) return new ListingNotFoundError();
      if (listing.version !== expectedVersion) return new StaleListingVersionError(listing.version);
      const parsed = validateListingUpdate(listing, changes);
      if (!parsed.ok) return parsed.error;
      tx.assign(listing, parsed.value);
      await tx.flush();
      // Drafts are nobody else's business: other domains first hear of a listing when it is published.
      if (listing.version !== expectedVersion && listing.status !== ListingStatus.DRAFT) {
        await publish(tx, ListingUpdated, listingTerms(listing), { requestId, clock: this.clock });
      }
      return new ListingSaved(listing);
    });
    return this.forgetAfterCommit(result);
  }

  async changeStatus(
    em: EntityManager,
    hostId: string,
    id: string,
    change: StatusChange,
    requestId: string,
  ): Promise<ChangeListingStatusResult> {
    const { from, to, event, done } = STATUS_CHANGES[change];
    const result = await em.transactional(async (tx): Promise<ChangeListingStatusResult> => {
      const listing = await this.lockOwn(tx, hostId, id);
      if (!listing) return new ListingNotFoundError();
      if (listing.status !== from) return new InvalidListingStatusError(listing.status, done);
      listing.status = to;
      listing.publishedAt ??= this.clock();
      await tx.flush();
      await publish(tx, event, listingTerms(listing), { requestId, clock: this.clock });
      return new ListingStatusChanged(listing);
    });
    return this.forgetAfterCommit(result);
  }

  /** Only once the change is committed: a read in between would otherwise cache the old row again. */
  private async forgetAfterCommit<R>(result: R): Promise<R> {
    if (result instanceof ListingSaved || result instanceof ListingStatusChanged)
      await this.cache.forget([result.listing.id]);
    return result;
  }

  /** The row lock makes the version check and the change one step, whatever runs concurrently. */
  private lockOwn(tx: EntityManager, hostId: string, id: string): Promise<Listing | null> {
    if (!isListingId(id)) return Promise.resolve(null);
    return tx.findOne(Listing, { id, hostId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }
}
