import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError, SourceLocation } from 'graphql';

// graphql-js's KnownDirectivesRule message, one per use of a directive the schema does not define.
const UNKNOWN_DIRECTIVE = /^Unknown directive "@([^"]+)"\.$/;

/**
 * graphql-js refuses each unknown directive with an error of its own, so a document can make the
 * gateway build and send one error per directive it names. A document is refused once: its unknown
 * directives become one error, in the place of the first, naming each directive once.
 */
export function oneUnknownDirectiveErrorPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const result = response.body.singleResult;
          const errors = result.errors ?? [];
          const unknown = errors.filter((e) => UNKNOWN_DIRECTIVE.test(e.message));
          if (unknown.length < 2) return;
          const names = [...new Set(unknown.map((e) => UNKNOWN_DIRECTIVE.exec(e.message)?.[1]))];
          const locations = unknown.flatMap((e): readonly SourceLocation[] => e.locations ?? []);
          const merged: GraphQLFormattedError = {
            ...unknown[0],
            message: `Unknown directive${names.length > 1 ? 's' : ''} ${names.map((n) => `"@${n}"`).join(', ')}.`,
            ...(locations.length ? { locations } : {}),
          };
          result.errors = errors.flatMap((e) => (e === unknown[0] ? [merged] : unknown.includes(e) ? [] : [e]));
        },
      };
    },
  };
}
