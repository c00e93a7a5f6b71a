export interface GraphQLResponse<TData> {
  status: number;
  headers: Headers;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export interface RequestOptions {
  variables?: Record<string, unknown>;
  token?: string;
  headers?: Record<string, string>;
}

/** Speaks GraphQL over HTTP the way clients do. */
export class GraphQLClient {
  constructor(readonly url: string) {}

  async request<TData = Record<string, unknown>>(
    query: string,
    options: RequestOptions = {},
  ): Promise<GraphQLResponse<TData>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables: options.variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status' | 'headers'>;
    return { status: response.status, headers: response.headers, ...body };
  }

  /** For operations expected to succeed: fails the test with the errors otherwise. */
  async data<TData = Record<string, unknown>>(query: string, options: RequestOptions = {}): Promise<TData> {
    const result = await this.request<TData>(query, options);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors (HTTP ${result.status}): ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }
}
