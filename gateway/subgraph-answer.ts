import { STATUS_CODES } from 'node:http';
import type { FetcherHeaders, FetcherResponse } from '@apollo/utils.fetcher';

/**
 * A subgraph's answer with its body already read: what RemoteGraphQLDataSource reads of a fetch
 * response, without a stream behind it. `json()` parses afresh on every call, so callers sharing
 * one answer (in-flight deduplication) never share the objects they then change.
 */
export class SubgraphAnswer implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly headers: FetcherHeaders,
    private readonly body: string,
  ) {}

  /** Reads any fetch response whole; an answer already read is returned as it is. */
  static async of(response: FetcherResponse): Promise<SubgraphAnswer> {
    if (response instanceof SubgraphAnswer) return response;
    return new SubgraphAnswer(response.url, response.status, new Headers([...response.headers]), await response.text());
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get statusText(): string {
    return STATUS_CODES[this.status] ?? '';
  }

  async text(): Promise<string> {
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return new TextEncoder().encode(this.body).buffer as ArrayBuffer;
  }

  clone(): SubgraphAnswer {
    return this;
  }
}
