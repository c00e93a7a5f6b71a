import type { RequestHandler } from 'express';
import { IMMUTABLE_CACHE_CONTROL, isMediaKey, MEDIA_CONTENT_TYPE, type MediaCollection } from './media-collection';

const NOT_FOUND = { errors: [{ message: 'No such media.', extensions: { code: 'NOT_FOUND' } }] };

/**
 * `GET /media/<owner>/<key>` for local storage (the gateway forwards it): the stored WebP with its
 * type pinned and a cache header that lets browsers and CDNs keep it for good, since keys never change.
 */
export function mediaRoute(dir: string, collection: MediaCollection): RequestHandler {
  return (req, res) => {
    const key = ([] as string[]).concat(req.params.key ?? []).join('/');
    if (!isMediaKey(collection, key)) return void res.status(404).json(NOT_FOUND);
    res.sendFile(
      key,
      {
        root: dir,
        dotfiles: 'deny',
        cacheControl: false,
        headers: {
          'content-type': MEDIA_CONTENT_TYPE,
          'cache-control': IMMUTABLE_CACHE_CONTROL,
          'x-content-type-options': 'nosniff',
        },
      },
      (error) => {
        if (error && !res.headersSent) res.status(404).json(NOT_FOUND);
      },
    );
  };
}
