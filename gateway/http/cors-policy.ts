import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Browsers on the listed origins may call the API; any other origin gets no CORS headers, so the
 * browser refuses to hand it the answer. Apollo's CSRF prevention covers simple requests.
 */
export function corsPolicy(origins: string[]): RequestHandler {
  return cors({
    origin: origins,
    // PUT: browsers upload listing photos to their signed /media/uploads URL.
    methods: ['GET', 'POST', 'PUT', 'OPTIONS'],
    allowedHeaders: [
      'authorization',
      'content-type',
      'x-request-id',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      // Apollo Client's client awareness: which app and version sent an operation.
      'apollographql-client-name',
      'apollographql-client-version',
    ],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
}
