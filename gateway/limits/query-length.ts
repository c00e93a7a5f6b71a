import type { RequestHandler } from 'express';

/** Refuses a document longer than `maxCharacters` before anything parses it. */
export function queryLength(maxCharacters: number): RequestHandler {
  return (req, res, next) => {
    const query: unknown = (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string' && query.length > maxCharacters) {
      res.status(400).json({
        errors: [
          {
            message: `The document is longer than ${maxCharacters} characters.`,
            extensions: { code: 'QUERY_TOO_LARGE' },
          },
        ],
      });
      return;
    }
    next();
  };
}
