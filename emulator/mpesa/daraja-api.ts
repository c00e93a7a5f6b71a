import { headerValue, type EmulatorRequest, type EmulatorResponse, type Route } from '../shared/http-types';
import { type AccessTokens } from './access-tokens';
import { DarajaError, invalidAccessToken, type TokenErrorFamily } from './daraja-errors';
import { type DarajaBody } from './daraja-fields';

export interface DarajaEndpoint {
  pattern: string;
  tokenErrors: TokenErrorFamily;
  handle(body: DarajaBody): unknown;
}

/** Every Daraja API call is a JSON POST carrying a Bearer token from `/oauth/v1/generate`. */
export function darajaRoutes(endpoints: DarajaEndpoint[], tokens: AccessTokens): Route[] {
  return endpoints.map((endpoint) => ({
    method: 'POST',
    pattern: endpoint.pattern,
    handler: (request: EmulatorRequest) => answer(endpoint, request, tokens),
  }));
}

export function darajaNotFound(): EmulatorResponse {
  const error = new DarajaError(404, '404.001.01', 'Resource not found');
  return { status: error.httpStatus, body: error.body() };
}

function answer(endpoint: DarajaEndpoint, request: EmulatorRequest, tokens: AccessTokens): EmulatorResponse {
  try {
    const token = /^Bearer\s+(\S+)$/i.exec(headerValue(request, 'authorization') ?? '')?.[1] ?? '';
    if (!tokens.isValid(token)) throw invalidAccessToken(endpoint.tokenErrors, token);
    return { status: 200, body: endpoint.handle(jsonBody(request)) };
  } catch (error) {
    if (error instanceof DarajaError) return { status: error.httpStatus, body: error.body() };
    throw error;
  }
}

/** An unreadable body reads as empty, so Daraja's answer names the first required field, as it does. */
function jsonBody(request: EmulatorRequest): DarajaBody {
  try {
    const parsed: unknown = JSON.parse(request.rawBody.toString('utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as DarajaBody) : {};
  } catch {
    return {};
  }
}
