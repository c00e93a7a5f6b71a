import { GraphQLError, type ASTNode, type GraphQLFormattedError, type ValidationContext } from 'graphql';

export type LimitCode =
  'MAX_DEPTH_EXCEEDED' | 'MAX_ALIASES_EXCEEDED' | 'MAX_DIRECTIVES_EXCEEDED' | 'MAX_TOKENS_EXCEEDED';

/** A document over a shape limit, reported by a validation rule with the code a client branches on. */
export class LimitError extends GraphQLError {
  constructor(
    message: string,
    readonly code: LimitCode,
    nodes?: ASTNode,
  ) {
    super(message, { nodes, extensions: { code } });
  }
}

/**
 * graphql-armor's `onReject` for one limit: reported to the validation context (a 400, as armor's own
 * handler does) with a specific code; armor's "Syntax Error: " prefix goes, the document parsed.
 */
export function rejectWith(code: LimitCode) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(new LimitError(error.message.replace(/^Syntax Error: /, ''), code));
  };
}

// graphql-js's parser message when `parseOptions.maxTokens` stops it (graphql 16 spells it "more that").
const TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens\. Parsing aborted\.$/;

/**
 * Apollo gives every validation error GRAPHQL_VALIDATION_FAILED and every parse error
 * GRAPHQL_PARSE_FAILED; a limit's refusal gets its own code back here (`formatError`, before the
 * public-code check of `format`).
 */
export function withLimitCodes(
  format: (formatted: GraphQLFormattedError) => GraphQLFormattedError,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    const code =
      original instanceof LimitError
        ? original.code
        : formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.test(formatted.message)
          ? 'MAX_TOKENS_EXCEEDED'
          : undefined;
    return format(code ? { ...formatted, extensions: { ...formatted.extensions, code } } : formatted);
  };
}
