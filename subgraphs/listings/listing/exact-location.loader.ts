import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConfirmedStay } from '../projections/confirmed-stay.entity';

/** Keys `<guestId>:<listingId>`: whether that guest has a confirmed stay there, for a whole page in one query. */
export function createConfirmedGuestLoader(em: EntityManager): DataLoader<string, boolean> {
  return new DataLoader(async (keys) => {
    const pairs = keys.map((key) => key.split(':') as [string, string]);
    const stays = await em.find(ConfirmedStay, {
      $or: pairs.map(([guestId, listingId]) => ({ guestId, listingId })),
      ended: false,
    });
    const found = new Set(stays.map((stay) => `${stay.guestId}:${stay.listingId}`));
    return keys.map((key) => found.has(key));
  });
}
