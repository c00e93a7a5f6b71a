import type { Clock } from '../../../platform/runtime/clock';
import { darajaRequest, requiredString } from './daraja-http';
import type { CachedToken, DarajaTokenStore } from './daraja-token-cache';

/** Refresh a token this long before Daraja says it expires, so no request carries one that just died. */
const EXPIRY_MARGIN_MS = 60_000;
/** How long a process waits for another one's refresh before asking Daraja itself. */
const REFRESH_WAIT_MS = 2_000;

/**
 * Daraja's OAuth token (`/oauth/v1/generate`), cached in the store until shortly before it
 * expires. One refresh at a time: per process by sharing the promise, across processes by a
 * short claim in the store. The store failing only costs a refresh.
 */
export class DarajaAccessToken {
  private refreshing: Promise<string> | null = null;

  constructor(
    private readonly settings: { apiUrl: string; consumerKey: string; consumerSecret: string; timeoutMs: number },
    private readonly store: DarajaTokenStore,
    private readonly clock: Clock,
  ) {}

  async get(): Promise<string> {
    const cached = await this.store.get().catch(() => null);
    return cached ? cached.token : this.refresh(false);
  }

  /** After Daraja refused the token (revoked or expired early): a new one, whatever the store holds. */
  async renew(): Promise<string> {
    await this.store.clear().catch(() => undefined);
    return this.refresh(true);
  }

  private refresh(force: boolean): Promise<string> {
    this.refreshing ??= this.fetchToken(force).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async fetchToken(force: boolean): Promise<string> {
    const claimed = await this.store.claimRefresh(REFRESH_WAIT_MS).catch(() => true);
    if (!claimed && !force) {
      const fromOther = await this.waitForOtherRefresh();
      if (fromOther) return fromOther;
    }
    const { apiUrl, consumerKey, consumerSecret, timeoutMs } = this.settings;
    const body = await darajaRequest(
      `${apiUrl}/oauth/v1/generate?grant_type=client_credentials`,
      {
        method: 'GET',
        headers: { Authorization: `Basic ${Buffer.from(`${consumerKey}:${consumerSecret}`).toString('base64')}` },
      },
      timeoutMs,
    );
    const token: CachedToken = {
      token: requiredString(body, 'access_token'),
      expiresAt: this.clock().getTime() + Number(body.expires_in ?? 0) * 1000 - EXPIRY_MARGIN_MS,
    };
    await this.store.set(token).catch(() => undefined);
    return token.token;
  }

  private async waitForOtherRefresh(): Promise<string | null> {
    for (let waited = 0; waited < REFRESH_WAIT_MS; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const cached = await this.store.get().catch(() => null);
      if (cached) return cached.token;
    }
    return null;
  }
}
