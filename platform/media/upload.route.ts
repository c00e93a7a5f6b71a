import type { Request, RequestHandler, Response } from 'express';
import type { Clock } from '../runtime/clock';
import type { Logger } from '../runtime/logger';
import type { MediaFiles } from './media-files';
import { processUpload, type MediaUploadHandler } from './media-upload';
import { readBody } from './read-body';
import { UploadRefusal } from './upload-refusal';
import type { UploadSigner } from './upload-signature';

/** How long a refused body is still drained before the connection is cut. */
const LINGER_MS = 2000;

export interface UploadRouteOptions<Name extends string> {
  files: MediaFiles<Name>;
  handler: MediaUploadHandler<Name>;
  signer: UploadSigner;
  maxBytes: number;
  maxPixels: number;
  clock: Clock;
  logger: Logger;
}

/**
 * `PUT /media/uploads/<owner>/:id?expires=…&signature=…` with the raw file as the body. Public (the
 * gateway forwards it unsigned): the URL's own signature is the permission, and it works once.
 */
export function uploadRoute<Name extends string>({
  files,
  handler,
  signer,
  maxBytes,
  maxPixels,
  clock,
  logger,
}: UploadRouteOptions<Name>): RequestHandler {
  return async (req, res) => {
    const id = String(req.params.id);
    const log = logger.child({ requestId: req.header('x-request-id'), owner: files.collection.owner, uploadId: id });
    let claimed = false;
    try {
      const check = signer.check('PUT', id, req.query.expires, req.query.signature, clock());
      if (check === 'invalid') throw UploadRefusal.invalidSignature();
      if (check === 'expired') throw UploadRefusal.expired();
      if (Number(req.header('content-length')) > maxBytes) throw UploadRefusal.tooLarge(maxBytes);
      const claim = await handler.claim(id);
      if (claim === 'unknown') throw UploadRefusal.gone();
      if (claim === 'used') throw UploadRefusal.used();
      if (claim === 'expired') throw UploadRefusal.expired();
      claimed = true;
      const body = await readBody(req, maxBytes);
      if (body === 'too_large') throw UploadRefusal.tooLarge(maxBytes);
      const accepted = await processUpload(files, handler, maxPixels, id, body);
      claimed = false;
      log.info({ ...accepted.log, bytes: body.length }, 'upload processed');
      res.status(201).json(accepted.body);
    } catch (error) {
      if (claimed)
        await handler.release(id).catch((e: unknown) => log.error({ err: e }, 'could not release the upload claim'));
      if (error instanceof UploadRefusal) {
        log.info({ code: error.code }, 'upload refused');
        refuse(req, res, error);
      } else {
        log.error({ err: error }, 'upload failed');
        refuse(req, res, new UploadRefusal(500, 'INTERNAL_SERVER_ERROR', 'The upload failed. Try again.'));
      }
    }
  };
}

/**
 * Answers with the refusal. The rest of a body not read to the end is discarded, never buffered,
 * for a moment only, then the connection is cut: cutting it at once, with bytes unread, could
 * reset it before the client has read the answer.
 */
function refuse(req: Request, res: Response, refusal: UploadRefusal): void {
  if (res.headersSent) return void res.destroy();
  if (!req.complete) {
    req.resume();
    res.on('finish', () => setTimeout(() => req.complete || req.destroy(), LINGER_MS).unref());
  }
  res.status(refusal.status).json(refusal.toJSON());
}
