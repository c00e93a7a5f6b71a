import type { RequestHandler } from 'express';
import { IMMUTABLE_CACHE_CONTROL, isPhotoKey, PHOTO_CONTENT_TYPE } from './photo-keys';

const NOT_FOUND = { errors: [{ message: 'No such media.', extensions: { code: 'NOT_FOUND' } }] };

/**
 * `GET /media/<key>` for local storage (the gateway forwards it): the stored WebP with its type
 * pinned and a cache header that lets browsers and CDNs keep it for good, since keys never change.
 */
export function mediaRoute(dir: string): RequestHandler {
  return (req, res) => {
    const key = ([] as string[]).concat(req.params.key ?? []).join('/');
    if (!isPhotoKey(key)) return void res.status(404).json(NOT_FOUND);
    res.sendFile(
      key,
      {
        root: dir,
        dotfiles: 'deny',
        cacheControl: false,
        headers: { 'content-type': PHOTO_CONTENT_TYPE, 'cache-control': IMMUTABLE_CACHE_CONTROL, 'x-content-type-options': 'nosniff' },
      },
      (error) => {
        if (error && !res.headersSent) res.status(404).json(NOT_FOUND);
      },
    );
  };
}
