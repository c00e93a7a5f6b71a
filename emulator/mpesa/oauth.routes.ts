import { headerValue, type Route } from '../shared/http-types';
import { type AccessTokens } from './access-tokens';
import { DarajaError } from './daraja-errors';

export interface ConsumerCredentials {
  consumerKey: string;
  consumerSecret: string;
}

/** `GET /oauth/v1/generate?grant_type=client_credentials` with Basic consumer key and secret. */
export function oauthRoutes(credentials: ConsumerCredentials, tokens: AccessTokens): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/oauth/v1/generate',
      handler: (request) => {
        try {
          if (new URLSearchParams(request.query).get('grant_type') !== 'client_credentials') {
            throw new DarajaError(400, '400.008.02', 'Invalid grant type passed');
          }
          const match = /^Basic\s+(\S+)$/i.exec(headerValue(request, 'authorization') ?? '');
          if (!match) throw new DarajaError(400, '400.008.01', 'Invalid authentication type passed');
          const presented = Buffer.from(match[1], 'base64').toString('utf8');
          if (presented !== `${credentials.consumerKey}:${credentials.consumerSecret}`) {
            throw new DarajaError(400, '400.008.01', 'Invalid Authentication passed');
          }
          return { status: 200, body: tokens.issue() };
        } catch (error) {
          if (error instanceof DarajaError) return { status: error.httpStatus, body: error.body() };
          throw error;
        }
      },
    },
  ];
}
