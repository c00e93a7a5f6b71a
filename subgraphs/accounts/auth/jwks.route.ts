import type { Express } from 'express';

/** Public keys that verify access tokens; public by nature, so no gateway signature is asked. */
export function jwksRoute(publicKeys: string) {
  const jwks = JSON.parse(publicKeys) as { keys: Record<string, unknown>[] };
  // Only public members leave: a misconfigured private JWK must never be served.
  const body = { keys: jwks.keys.map(({ kty, crv, x, y, kid, alg, use }) => ({ kty, crv, x, y, kid, alg, use })) };
  return (app: Express) => {
    app.get('/.well-known/jwks.json', (_req, res) => {
      res.set('cache-control', 'public, max-age=300').json(body);
    });
  };
}
