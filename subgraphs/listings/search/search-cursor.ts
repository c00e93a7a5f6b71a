import { isListingId } from '../listing/listing-id';
import type { SearchOrder } from './search-order';

/** Where a page ends: the order it belongs to, the last row's sort key (as SQL text) and id. */
export interface SearchPosition {
  order: SearchOrder['name'];
  key: string;
  id: string;
}

export function encodeCursor(position: SearchPosition): string {
  return Buffer.from(JSON.stringify([position.order, position.key, position.id])).toString('base64url');
}

const KEY_FORMATS: Record<SearchOrder['type'], (key: string) => boolean> = {
  float8: (key) => Number.isFinite(Number(key)) && key.trim() !== '',
  bigint: (key) => /^-?\d{1,18}$/.test(key),
  timestamptz: (key) => !Number.isNaN(Date.parse(key.replace(' ', 'T'))),
};

/** The position a cursor names, or null when it was not made by this order (another sort, or tampered with). */
export function decodeCursor(cursor: string, order: SearchOrder): SearchPosition | null {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) return null;
  const [name, key, id] = decoded as unknown[];
  if (name !== order.name || typeof key !== 'string' || typeof id !== 'string') return null;
  return isListingId(id) && KEY_FORMATS[order.type](key) ? { order: order.name, key, id } : null;
}
