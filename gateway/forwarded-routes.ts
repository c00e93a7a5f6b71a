import type { Express, Request, Response } from 'express';

/**
 * The few non-GraphQL paths the gateway passes to the subgraph that owns them, so clients only
 * ever talk to the gateway. Each such route carries its own protection.
 */
export function forwardRoutes(app: Express, subgraphUrls: Record<string, string>): void {
  const forward = (subgraph: string) => async (req: Request, res: Response) => {
    const target = new URL(req.originalUrl, subgraphUrls[subgraph]);
    try {
      const upstream = await fetch(target, { method: req.method, headers: { accept: req.header('accept') ?? '*/*' } });
      res.status(upstream.status);
      for (const name of ['content-type', 'cache-control']) {
        const value = upstream.headers.get(name);
        if (value) res.set(name, value);
      }
      res.send(Buffer.from(await upstream.arrayBuffer()));
    } catch {
      res.status(502).json({ error: `${subgraph} is unavailable` });
    }
  };
  app.get('/.well-known/jwks.json', forward('accounts'));
}
