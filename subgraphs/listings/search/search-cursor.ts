import { z } from 'zod';
import { CursorCodec } from '../../../platform/graphql/cursor';
import { idSchema } from '../../../platform/graphql/ids';
import { badPageArgument, decodeAfter } from '../../../platform/graphql/pagination';
import type { SearchOrder } from './search-order';

/** Where a page ends: the order it belongs to, the last row's sort key (as SQL text) and id. */
export interface SearchPosition {
  order: SearchOrder['name'];
  key: string;
  id: string;
}

/** Scoped by the order's name: a cursor from a search with another sort is refused. */
const CURSOR = new CursorCodec('Query.searchListings', z.tuple([z.string().max(64), idSchema]));

export function encodeCursor(position: SearchPosition): string {
  return CURSOR.encode([position.key, position.id], position.order);
}

const KEY_FORMATS: Record<SearchOrder['type'], (key: string) => boolean> = {
  float8: (key) => Number.isFinite(Number(key)) && key.trim() !== '',
  bigint: (key) => /^-?\d{1,18}$/.test(key),
  timestamptz: (key) => !Number.isNaN(Date.parse(key.replace(' ', 'T'))),
};

/** The position `after` names in this order; null without `after`; the connection-argument error for any other cursor. */
export function decodeCursor(after: string | null | undefined, order: SearchOrder): SearchPosition | null {
  const position = decodeAfter(after, CURSOR, order.name);
  if (position === null) return null;
  const [key, id] = position;
  // Signed by this service, so a key that does not fit its order's SQL type is a bug rather than an attack.
  if (!KEY_FORMATS[order.type](key)) throw badPageArgument('after', 'INVALID_CURSOR');
  return { order: order.name, key, id };
}
