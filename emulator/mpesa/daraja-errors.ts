import { randomHex } from '../shared/random-token';

/** A synchronous Daraja refusal: `{ requestId, errorCode, errorMessage }` with the matching HTTP status. */
export class DarajaError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly errorCode: string,
    readonly errorMessage: string,
  ) {
    super(errorMessage);
  }

  body(): { requestId: string; errorCode: string; errorMessage: string } {
    return { requestId: darajaRequestId(), errorCode: this.errorCode, errorMessage: this.errorMessage };
  }
}

/** Daraja names the first offending field: `Bad Request - Invalid Amount`. */
export function invalidField(field: string): DarajaError {
  return new DarajaError(400, '400.002.02', `Bad Request - Invalid ${field}`);
}

/** Request ids look like `1c5b-4ba8-815c-ac45c57a3db01495926` on Daraja. */
function darajaRequestId(): string {
  return `${randomHex(4)}-${randomHex(4)}-${randomHex(4)}-${randomHex(19)}`;
}

/**
 * Daraja spells a rejected access token differently per API family (see its error-code reference):
 * M-Pesa Express and Reversal answer 404.001.03, B2C 401.002.01, Transaction Status 400.003.01.
 */
export type TokenErrorFamily = 'express' | 'b2c' | 'transaction-status';

export function invalidAccessToken(family: TokenErrorFamily, token: string): DarajaError {
  switch (family) {
    case 'express':
      return new DarajaError(404, '404.001.03', 'Invalid Access Token');
    case 'b2c':
      return new DarajaError(401, '401.002.01', `Error Occurred - Invalid Access Token - ${token}`);
    case 'transaction-status':
      return new DarajaError(400, '400.003.01', 'Invalid Access Token');
  }
}
