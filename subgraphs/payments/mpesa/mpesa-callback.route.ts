import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Express } from 'express';
import { enqueueJob } from '../../../platform/events/jobs';
import type { Logger } from '../../../platform/runtime/logger';
import { CALLBACK_BASE_PATH, CALLBACK_KINDS, type CallbackKind, type CallbackTokens } from './callback-token';
import { PROCESS_MPESA_CALLBACK } from './mpesa-callback.job';

/** What Daraja expects back, whatever the callback said: it does not retry, and learns nothing from us. */
const ACCEPTED = { ResultCode: 0, ResultDesc: 'Accepted' };

const isKind = (value: string): value is CallbackKind => (CALLBACK_KINDS as readonly string[]).includes(value);

/**
 * `POST /callbacks/mobile-money/<kind>/<token>` (reached through the gateway, which may restrict the
 * source addresses). Callbacks are unsigned: a genuine token only names the payment or refund, and
 * the job changes nothing a query to Daraja does not confirm. A forged token is dropped silently.
 */
export function mpesaCallbackRoutes(options: {
  orm: MikroORM;
  tokens: CallbackTokens;
  logger: Logger;
}): (app: Express) => void {
  return (app) => {
    app.post(
      `${CALLBACK_BASE_PATH}/:kind/:token`,
      express.json({ limit: '64kb', type: () => true }),
      async (req, res) => {
        const kind = String(req.params.kind);
        const ownerId = isKind(kind) ? options.tokens.ownerOf(kind, String(req.params.token)) : null;
        if (!isKind(kind) || !ownerId) {
          options.logger.warn({ kind }, 'dropped an M-Pesa callback with an unknown token');
          return void res.status(200).json(ACCEPTED);
        }
        await enqueueJob(options.orm.em.fork(), PROCESS_MPESA_CALLBACK, { kind, ownerId, body: req.body as unknown });
        res.status(200).json(ACCEPTED);
      },
    );
  };
}
