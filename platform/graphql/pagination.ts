import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { CursorCodec } from './cursor';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;

/**
 * Demand control for a connection field (`@Directive(CONNECTION_LIST_SIZE)`): the gateway sizes its
 * `edges` by `first`, or by the largest page when `first` is not given.
 */
export const CONNECTION_LIST_SIZE = `@listSize(assumedSize: ${MAX_PAGE_SIZE}, slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)`;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Opaque cursor of the last edge already seen.' })
  after?: string;
}

@ObjectType({ description: 'Where a page of a connection stands in the whole list.' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'True when more edges follow: pass `endCursor` as `after` to get them.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when edges precede this page (pages are only fetched forwards).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The first edge's cursor; null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The last edge's cursor, to pass as `after` for the next page; null when the page is empty.",
  })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

export type PageArgumentReason = 'PAGE_SIZE_OUT_OF_RANGE' | 'INVALID_CURSOR';

const PAGE_ARGUMENT_MESSAGES: Record<PageArgumentReason, string> = {
  PAGE_SIZE_OUT_OF_RANGE: `"first" must be between 1 and ${MAX_PAGE_SIZE}.`,
  INVALID_CURSOR: '"after" is not a cursor of this list; start again without it.',
};

/**
 * The one answer of every connection to a bad `first` or `after`: a top-level BAD_USER_INPUT error
 * at the field's path naming the argument and the reason; the rest of the response stays.
 */
export function badPageArgument(argumentName: 'first' | 'after', reason: PageArgumentReason): GraphQLError {
  return new GraphQLError(PAGE_ARGUMENT_MESSAGES[reason], {
    extensions: { code: 'BAD_USER_INPUT', argumentName, reason },
  });
}

/** `first`, bounded, or the connection-argument error. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    throw badPageArgument('first', 'PAGE_SIZE_OUT_OF_RANGE');
  return size;
}

/** The position `after` names in this connection (and scope), or the connection-argument error; null without `after`. */
export function decodeAfter<Position extends z.ZodType>(
  after: string | null | undefined,
  codec: CursorCodec<Position>,
  scope?: string,
): z.output<Position> | null {
  if (after === null || after === undefined) return null;
  const position = codec.decode(after, scope);
  if (position === null) throw badPageArgument('after', 'INVALID_CURSOR');
  return position;
}

export interface PageRequest<P> {
  first: number;
  /** Where the page starts (exclusive); null for the first page. */
  after: P | null;
}

/** A connection's checked arguments: the page size and the decoded `after`. */
export function readPage<Position extends z.ZodType>(
  args: PageArgs,
  codec: CursorCodec<Position>,
  scope?: string,
): PageRequest<z.output<Position>> {
  return { first: pageSize(args.first), after: decodeAfter(args.after, codec, scope) };
}

/** A page of nodes as a connection; `cursorOf` encodes a node's position with the connection's codec. */
export function toConnection<T>(
  nodes: T[],
  page: { hasNextPage: boolean; hasPreviousPage: boolean },
  cursorOf: (node: T) => string,
): ConnectionShape<T> {
  const edges = nodes.map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    edges,
    pageInfo: {
      ...page,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` object types for a node type, described from the node's
 * name ("FailedJob": "failed job", "failed jobs"; pass `nouns` when the plural is not a plain "s").
 */
export function ConnectionType<T extends object>(
  name: string,
  nodeType: ClassType<T>,
  nouns: { one?: string; many?: string } = {},
) {
  const nodeName = nouns.one ?? name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, ' ').toLowerCase();
  const plural = nouns.many ?? `${nodeName}s`;
  @ObjectType(`${name}Edge`, { description: `One ${nodeName} in a page of a ${name}Connection, with its cursor.` })
  class EdgeType {
    @Field(() => nodeType, { description: `The ${nodeName}.` })
    node!: T;

    @Field({ description: `Opaque cursor of this ${nodeName}: pass it as \`after\` to get the ${plural} that follow.` })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of ${plural}, in a stable order (at most ${MAX_PAGE_SIZE} per page).`,
  })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: `The ${plural} of this page, in order; empty when there are none.` })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to ask for the next one.' })
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}
