import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const VERSION = 1;
const MAC_BYTES = 16;
/** Longer than any cursor this platform issues; anything longer is refused unread. */
const MAX_CURSOR_LENGTH = 512;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const ENVELOPE = z.tuple([z.literal(VERSION), z.unknown()]);

// Replaced at start by a key derived from the deployment's secret, so every replica reads every cursor.
let secret: Buffer = randomBytes(32);

/** Keys cursor signatures; every process of a deployment must be given the same secret. */
export function useCursorSecret(deploymentSecret: string): void {
  secret = createHmac('sha256', deploymentSecret).update('staygraph cursor v1').digest();
}

function mac(connection: string, scope: string, json: string): Buffer {
  return createHmac('sha256', secret).update(`${connection}\n${scope}\n${json}`).digest().subarray(0, MAC_BYTES);
}

/**
 * The one cursor format of every connection: base64url of a truncated HMAC and `[version, position]`
 * as JSON. The MAC covers the connection's name and a scope (e.g. the parent's id or the sort), so a
 * forged cursor, or one from another list, is refused before its position is even parsed; the
 * position is then checked with the connection's zod schema.
 */
export class CursorCodec<Position extends z.ZodType> {
  constructor(
    readonly connection: string,
    private readonly position: Position,
  ) {}

  encode(position: z.input<Position>, scope = ''): string {
    const json = JSON.stringify([VERSION, position]);
    return Buffer.concat([mac(this.connection, scope, json), Buffer.from(json)]).toString('base64url');
  }

  /** The position a cursor names, or null when this connection (with this scope) did not issue it. */
  decode(cursor: string, scope = ''): z.output<Position> | null {
    if (cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) return null;
    const bytes = Buffer.from(cursor, 'base64url');
    if (bytes.length <= MAC_BYTES) return null;
    const json = bytes.subarray(MAC_BYTES).toString('utf8');
    if (!timingSafeEqual(bytes.subarray(0, MAC_BYTES), mac(this.connection, scope, json))) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return null;
    }
    const envelope = ENVELOPE.safeParse(parsed);
    if (!envelope.success) return null;
    const position = this.position.safeParse(envelope.data[1]);
    return position.success ? position.data : null;
  }
}
