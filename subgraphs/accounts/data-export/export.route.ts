import { createHash, randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express, Response } from 'express';
import { z } from 'zod';
import type { Clock } from '../../../platform/runtime/clock';
import type { Config } from '../../../platform/runtime/config';
import type { Logger } from '../../../platform/runtime/logger';
import { ExportLinkSigner } from './export-link';

/** How long a download session's one-time URL works after the emailed link opened it. */
const DOWNLOAD_SESSION_MS = 10 * 60_000;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

function refuse(res: Response, status: number, code: string, message: string) {
  res
    .status(status)
    .set('cache-control', 'no-store')
    .json({ errors: [{ message, extensions: { code } }] });
}

const gone = (res: Response) =>
  refuse(res, 410, 'EXPORT_EXPIRED', 'This export has expired and was deleted. Ask for a new one.');

/**
 * The emailed link, through the gateway: `/exports/<id>?expires&sig` (signed, 24 hours) opens a
 * download session: a one-time URL, valid 10 minutes, that serves the archive once. Opening the
 * link again starts a new session and ends the previous one, so a forwarded or logged download URL
 * is worthless once used, while the owner can download again until the export expires.
 */
export function dataExportRoutes(orm: MikroORM, config: Config, clock: Clock, logger: Logger) {
  return (app: Express) => {
    const secret = config.signing.secret;
    if (!secret) return;
    const signer = new ExportLinkSigner(secret);

    app.get('/exports/:id', async (req, res, next) => {
      try {
        const id = req.params.id;
        if (!z.uuid().safeParse(id).success) return refuse(res, 404, 'NOT_FOUND', 'No such export.');
        const check = signer.check(id, req.query.expires, req.query.sig, clock());
        if (check === 'invalid') return refuse(res, 403, 'INVALID_EXPORT_SIGNATURE', 'This link is not valid.');
        if (check === 'expired') return gone(res);
        const token = randomBytes(32).toString('base64url');
        const now = clock();
        const opened = await orm.em.fork().execute(
          `update accounts.data_exports set download_token_hash = ?, download_expires_at = ?
            where id = ? and status = 'READY' and expires_at > ? returning id`,
          [hash(token), new Date(now.getTime() + DOWNLOAD_SESSION_MS), id, now],
        );
        if (opened.length === 0) return gone(res);
        res
          .status(303)
          .set('cache-control', 'no-store')
          .set('location', `/exports/${id}/download?token=${token}`)
          .end();
      } catch (error) {
        next(error);
      }
    });

    app.get('/exports/:id/download', async (req, res, next) => {
      try {
        const { id } = req.params;
        const token = req.query.token;
        if (!z.uuid().safeParse(id).success || typeof token !== 'string' || token.length > 100)
          return refuse(res, 404, 'NOT_FOUND', 'No such download.');
        const now = clock();
        const [row] = await orm.em.fork().execute<{ archive: Record<string, unknown> }[]>(
          `update accounts.data_exports set download_token_hash = null, download_expires_at = null
            where id = ? and download_token_hash = ? and download_expires_at > ? and status = 'READY' and expires_at > ?
            returning archive`,
          [id, hash(token), now, now],
        );
        if (!row)
          return refuse(
            res,
            410,
            'DOWNLOAD_USED',
            'This download was used or has expired. Open the link in the email again to start a new one.',
          );
        logger.info({ exportId: id }, 'data export downloaded');
        res
          .status(200)
          .set('cache-control', 'no-store')
          .set('content-disposition', `attachment; filename="staygraph-data-${now.toISOString().slice(0, 10)}.json"`)
          .json(row.archive);
      } catch (error) {
        next(error);
      }
    });
  };
}
