import { darajaPassword, formatDarajaTimestamp, type ProviderEmulator } from '../index';
import { TEST_KEYS } from './test-emulator';

export interface DarajaAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** A minimal Daraja client over plain fetch, as the payments subgraph's own client will be. */
export class DarajaTestClient {
  constructor(private readonly emulator: ProviderEmulator) {}

  async token(key = TEST_KEYS.consumerKey, secret = TEST_KEYS.consumerSecret): Promise<string> {
    const answer = await this.oauth(`Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`);
    if (answer.status !== 200) throw new Error(`OAuth refused: ${JSON.stringify(answer.body)}`);
    return answer.body.access_token as string;
  }

  async oauth(authorization: string, grantType = 'client_credentials'): Promise<DarajaAnswer> {
    const response = await fetch(`${this.emulator.url}/oauth/v1/generate?grant_type=${grantType}`, {
      headers: { Authorization: authorization },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async post(path: string, body: unknown, token: string): Promise<DarajaAnswer> {
    const response = await fetch(`${this.emulator.url}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }
}

export function credentialsNow(shortcode = TEST_KEYS.shortcode, passkey = TEST_KEYS.passkey): Record<string, string> {
  const timestamp = formatDarajaTimestamp(new Date());
  return {
    BusinessShortCode: shortcode,
    Password: darajaPassword(shortcode, passkey, timestamp),
    Timestamp: timestamp,
  };
}

export function stkPushRequest(callbackUrl: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...credentialsNow(),
    TransactionType: 'CustomerPayBillOnline',
    Amount: 1500,
    PartyA: '254708374149',
    PartyB: TEST_KEYS.shortcode,
    PhoneNumber: '254708374149',
    CallBackURL: callbackUrl,
    AccountReference: 'BK-1042',
    TransactionDesc: 'Stay deposit',
    ...overrides,
  };
}

/** The Reversal, B2C and Transaction Status envelope. */
export function asyncEnvelope(
  resultUrl: string,
  initiatorField: 'Initiator' | 'InitiatorName',
): Record<string, string> {
  return {
    [initiatorField]: TEST_KEYS.initiatorName,
    SecurityCredential: 'encrypted-initiator-password',
    ResultURL: `${resultUrl}/result`,
    QueueTimeOutURL: `${resultUrl}/timeout`,
    Remarks: 'StayGraph test',
    Occasion: 'spec',
  };
}
