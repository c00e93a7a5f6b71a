import { addTypenameToDocument } from '@apollo/client/utilities';
import { sortTopLevelDefinitions } from '@apollo/persisted-query-lists';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode, type FragmentDefinitionNode } from 'graphql';

export interface GraphQLResponse<TData> {
  status: number;
  headers: Headers;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export interface RequestOptions<TVariables = Record<string, unknown>> {
  variables?: TVariables;
  token?: string;
  headers?: Record<string, string>;
}

/** Options for a typed document: `variables` is required when the operation has required variables. */
type TypedOptions<TVariables> =
  Record<string, never> extends TVariables
    ? [options?: RequestOptions<TVariables>]
    : [options: RequestOptions<TVariables> & { variables: TVariables }];

const texts = new WeakMap<DocumentNode, string>();

/**
 * The text this client sends for a generated document by default: the operation, then the
 * fragments it uses sorted by name, with only the `__typename` fields the document asks for, so
 * tests compare results exactly as typed.
 */
export function documentText(document: DocumentNode): string {
  let text = texts.get(document);
  if (text === undefined) {
    const operations = document.definitions.filter((d) => d.kind !== Kind.FRAGMENT_DEFINITION);
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    const sorted = [...fragments.values()].sort((a, b) => a.name.value.localeCompare(b.name.value));
    text = print({ kind: Kind.DOCUMENT, definitions: [...operations, ...sorted] });
    texts.set(document, text);
  }
  return text;
}

/**
 * The text Apollo Client sends for a document: `__typename` added to every selection set below the
 * root (its cache does this), the operation first, fragments sorted by name. For a persisted
 * operation that is exactly its body (and id) in persisted-queries/manifest.json.
 */
export function apolloDocumentText(document: DocumentNode): string {
  return print(sortTopLevelDefinitions(addTypenameToDocument(document)));
}

/**
 * The member of a result union named `typename`, or a failed expectation that shows what came
 * back instead: `const { user } = ofType(register, 'RegisterSuccess')`.
 */
export function ofType<T extends { __typename?: string }, N extends NonNullable<T['__typename']>>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename?: N }> {
  if (value?.__typename !== typename)
    throw new Error(`expected a ${typename}, got ${value?.__typename ?? String(value)}: ${JSON.stringify(value)}`);
  return value as Extract<T, { __typename?: N }>;
}

/** The `code` of a result union member that is an error (every UserError has one), else undefined. */
export function codeOf(result: { __typename?: string } | null | undefined): string | undefined {
  return result && 'code' in result && typeof result.code === 'string' ? result.code : undefined;
}

/** A nullable result the test needs: fails naming `what` when it is missing. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, got ${String(value)}`);
  return value;
}

/**
 * Speaks GraphQL over HTTP the way clients do. Give it a generated document (typed variables and
 * result, from `npm run codegen`); raw strings are for tests that send malformed or odd documents.
 */
export class GraphQLClient {
  /** `asApolloClient`: send documents as Apollo Client does, so a production gateway's safelist accepts them. */
  constructor(
    readonly url: string,
    private readonly options: { asApolloClient?: boolean } = {},
  ) {}

  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...options: TypedOptions<TVariables>
  ): Promise<GraphQLResponse<TData>>;
  request<TData = Record<string, unknown>>(query: string, options?: RequestOptions): Promise<GraphQLResponse<TData>>;
  request<TData>(query: string | DocumentNode, options: RequestOptions<unknown> = {}): Promise<GraphQLResponse<TData>> {
    return this.send<TData>(query, options);
  }

  /** For operations expected to succeed: fails the test with the errors otherwise. */
  data<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...options: TypedOptions<TVariables>
  ): Promise<TData>;
  data<TData = Record<string, unknown>>(query: string, options?: RequestOptions): Promise<TData>;
  async data<TData>(query: string | DocumentNode, options: RequestOptions<unknown> = {}): Promise<TData> {
    const result = await this.send<TData>(query, options);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors (HTTP ${result.status}): ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  private async send<TData>(
    query: string | DocumentNode,
    options: RequestOptions<unknown>,
  ): Promise<GraphQLResponse<TData>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({
        query:
          typeof query === 'string'
            ? query
            : this.options.asApolloClient
              ? apolloDocumentText(query)
              : documentText(query),
        variables: options.variables,
      }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status' | 'headers'>;
    return { status: response.status, headers: response.headers, ...body };
  }
}
