import type { Request, RequestHandler, Response } from 'express';
import type { Clock } from '../../../../platform/runtime/clock';
import type { Logger } from '../../../../platform/runtime/logger';
import type { PhotoUploadService } from './photo-upload.service';
import { readBody } from './read-body';
import { UploadRefusal } from './upload-refusal';
import type { UploadSigner } from './upload-signature';

/** How long a refused body is still drained before the connection is cut. */
const LINGER_MS = 2000;

export interface UploadRouteOptions {
  uploads: PhotoUploadService;
  signer: UploadSigner;
  maxBytes: number;
  clock: Clock;
  logger: Logger;
}

/**
 * `PUT /media/uploads/:photoId?expires=…&signature=…` with the raw file as the body. Public (the
 * gateway forwards it unsigned): the URL's own signature is the permission, and it works once.
 */
export function uploadRoute({ uploads, signer, maxBytes, clock, logger }: UploadRouteOptions): RequestHandler {
  return async (req, res) => {
    const photoId = String(req.params.photoId);
    const log = logger.child({ requestId: req.header('x-request-id'), photoId });
    let claimed = false;
    try {
      const check = signer.check('PUT', photoId, req.query.expires, req.query.signature, clock());
      if (check === 'invalid') throw UploadRefusal.invalidSignature();
      if (check === 'expired') throw UploadRefusal.expired();
      if (Number(req.header('content-length')) > maxBytes) throw UploadRefusal.tooLarge(maxBytes);
      const claim = await uploads.claim(photoId);
      if (claim === 'unknown') throw UploadRefusal.gone();
      if (claim === 'used') throw UploadRefusal.used();
      if (claim === 'expired') throw UploadRefusal.expired();
      claimed = true;
      const body = await readBody(req, maxBytes);
      if (body === 'too_large') throw UploadRefusal.tooLarge(maxBytes);
      const photo = await uploads.process(photoId, body);
      claimed = false;
      log.info({ listingId: photo.listingId, bytes: body.length }, 'photo uploaded');
      res.status(201).json({ photoId: photo.id, width: photo.width, height: photo.height });
    } catch (error) {
      if (claimed) await uploads.release(photoId).catch((e: unknown) => log.error({ err: e }, 'could not release the upload claim'));
      if (error instanceof UploadRefusal) {
        log.info({ code: error.code }, 'photo upload refused');
        refuse(req, res, error);
      } else {
        log.error({ err: error }, 'photo upload failed');
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
