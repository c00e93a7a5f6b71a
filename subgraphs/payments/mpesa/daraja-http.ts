import { DarajaRefusal, DarajaUnavailable } from './daraja-errors';

export type DarajaBody = Record<string, unknown>;

/** One call to Daraja: its JSON answer, a DarajaRefusal for its `{ errorCode }` answers, else DarajaUnavailable. */
export async function darajaRequest(url: string, init: RequestInit, timeoutMs: number): Promise<DarajaBody> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new DarajaUnavailable(error instanceof Error ? error.name : 'network error');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!isRecord(body)) throw new DarajaUnavailable(`HTTP ${response.status} without a JSON body`);
  if (typeof body.errorCode === 'string') {
    throw new DarajaRefusal(response.status, body.errorCode, String(body.errorMessage ?? ''));
  }
  if (!response.ok) throw new DarajaUnavailable(`HTTP ${response.status}`);
  return body;
}

export function requiredString(body: DarajaBody, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') throw new DarajaUnavailable(`answer without ${field}`);
  return value;
}

function isRecord(value: unknown): value is DarajaBody {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
