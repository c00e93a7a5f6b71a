/**
 * How a database call failed for want of a connection: `refused` when no statement reached the
 * server (nothing changed), `lost` when the connection broke with a statement (or a commit) in
 * flight, so a write may or may not have been applied. Anything else is not a connection failure.
 */
export type ConnectionFailure = 'refused' | 'lost';

/** SQLSTATEs of a server going away (admin/crash shutdown, restart) and of a broken connection. */
const LOST_SQLSTATES = new Set(['57P01', '57P02', '08000', '08003', '08006', '08007']);
/** The server is starting or refuses new connections: nothing was run. */
const REFUSED_SQLSTATES = new Set(['57P03', '08001', '08004']);
const REFUSED_SOCKET = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
const LOST_SOCKET = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/**
 * pg reports a dropped socket with plain `Error`s (no code), and knex prefixes them with the
 * statement; a transaction whose connection died answers its rollback with knex's "already
 * complete" instead of the cause. A pool that cannot connect in time throws knex's acquire timeout.
 */
const LOST_MESSAGE = /Connection terminated|is not queryable|Transaction query already complete/;
const REFUSED_MESSAGE = /Timeout acquiring a connection/;

export function connectionFailure(error: unknown): ConnectionFailure | null {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const fields = e as Error & { code?: unknown; sqlState?: unknown };
    const code = typeof fields.sqlState === 'string' ? fields.sqlState : fields.code;
    if (typeof code === 'string') {
      if (REFUSED_SQLSTATES.has(code) || REFUSED_SOCKET.has(code)) return 'refused';
      if (LOST_SQLSTATES.has(code) || LOST_SOCKET.has(code)) return 'lost';
    }
    if (REFUSED_MESSAGE.test(e.message)) return 'refused';
    if (LOST_MESSAGE.test(e.message)) return 'lost';
  }
  return null;
}
