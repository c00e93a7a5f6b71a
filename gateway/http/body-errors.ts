import type { ErrorRequestHandler } from 'express';

/**
 * Body-parser failures answered the GraphQL way (JSON with a code) instead of Express's HTML page:
 * 413 for a body over the limit, 400 for one that is not JSON.
 */
export const bodyErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (error.type === 'entity.too.large') {
    res
      .status(413)
      .json({ errors: [{ message: 'The request body is too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  } else if (error.type === 'entity.parse.failed') {
    res
      .status(400)
      .json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  } else {
    next(error);
  }
};
