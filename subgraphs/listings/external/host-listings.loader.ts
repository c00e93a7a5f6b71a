import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ListingStatus } from '../listing/listing.enums';

export interface HostListingsKey {
  hostId: string;
  /** Drafts and deactivated listings too (the host and admins), or only those on the market. */
  everything: boolean;
  first: number;
  /** The id of the last listing already seen; pages run newest (highest UUIDv7) first. */
  afterId?: string;
}

export interface HostListingsPage {
  ids: string[];
  hasNextPage: boolean;
}

/**
 * One page of listing ids per host for every `User.listings` of a request in one statement per
 * distinct page shape (`row_number()` per host), instead of one query per user.
 */
export function createHostListingsLoader(em: EntityManager): DataLoader<HostListingsKey, HostListingsPage, string> {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, HostListingsKey[]>();
      for (const key of keys) {
        const shape = JSON.stringify([key.everything, key.first, key.afterId ?? null]);
        groups.set(shape, [...(groups.get(shape) ?? []), key]);
      }
      const pages = new Map<string, HostListingsPage>();
      for (const group of groups.values()) {
        for (const [hostId, page] of await loadGroup(em, group)) pages.set(pageKey({ ...group[0], hostId }), page);
      }
      return keys.map((key) => pages.get(pageKey(key)) ?? { ids: [], hasNextPage: false });
    },
    { cacheKeyFn: pageKey },
  );
}

function pageKey(key: HostListingsKey): string {
  return JSON.stringify([key.hostId, key.everything, key.first, key.afterId ?? null]);
}

async function loadGroup(em: EntityManager, group: HostListingsKey[]): Promise<Map<string, HostListingsPage>> {
  const { everything, first, afterId } = group[0];
  const hostIds = [...new Set(group.map((key) => key.hostId))];
  const conditions = [`l.host_id in (${hostIds.map(() => '?').join(', ')})`];
  const params: unknown[] = [...hostIds];
  if (afterId) {
    conditions.push('l.id < ?');
    params.push(afterId);
  }
  if (!everything) {
    conditions.push(`l.status = '${ListingStatus.PUBLISHED}'`);
    conditions.push(
      'not exists (select 1 from listings.host_standings hs where hs.host_id = l.host_id and hs.suspended)',
    );
  }
  const rows = await em.execute<{ id: string; host_id: string }[]>(
    `select id, host_id from (
       select l.id, l.host_id, row_number() over (partition by l.host_id order by l.id desc) as position
       from listings.listings l where ${conditions.join(' and ')}
     ) ranked where position <= ? order by host_id, position`,
    [...params, first + 1],
  );
  const pages = new Map<string, HostListingsPage>(hostIds.map((id) => [id, { ids: [], hasNextPage: false }]));
  for (const row of rows) {
    const page = pages.get(row.host_id) as HostListingsPage;
    if (page.ids.length < first) page.ids.push(row.id);
    else page.hasNextPage = true;
  }
  return pages;
}
