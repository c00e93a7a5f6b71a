import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { Config } from '../../platform/runtime/config';
import type { GatewayContext } from '../context';
import { introspectionDepthRule } from './introspection-depth';
import { rejectWith, type LimitCode } from './limit-errors';
import { oneUnknownDirectiveErrorPlugin } from './unknown-directives';

const reject = (code: LimitCode) => ({ propagateOnRejection: false, onReject: [rejectWith(code)] });

/**
 * graphql-armor's limits on the shape of a document: depth, aliases (`__typename` included) and
 * directives; `__schema` introspection, which the depth limit leaves out, has its own cap; unknown
 * directives are refused with one error, not one each; and, in production, no "did you mean" hints
 * that map the schema for a caller who cannot introspect it. Cost is ours (demand control), so armor's is off. Tokens are counted by
 * graphql-js's own parser (`parseOptions`): armor's token plugin parses first and turns every syntax
 * error (a NUL or a lone surrogate in the document) into a 500 instead of GRAPHQL_PARSE_FAILED.
 * Each limit answers its own code (`limit-errors.ts`).
 */
export function queryLimits(config: Pick<Config, 'mode'> & { limits: Config['gateway']['limits'] }): {
  plugins: ApolloServerPlugin<GatewayContext>[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const { limits } = config;
  const { plugins, validationRules } = new ApolloArmor({
    costLimit: { enabled: false },
    // `propagateOnRejection: false`: our `onReject` reports the refusal, with its own code, instead of armor's.
    maxDepth: { ...reject('MAX_DEPTH_EXCEEDED'), n: limits.depth, ignoreIntrospection: true },
    // Armor's default allow list lets `__typename` be aliased without bound.
    maxAliases: { ...reject('MAX_ALIASES_EXCEEDED'), n: limits.aliases, allowList: [] },
    maxDirectives: { ...reject('MAX_DIRECTIVES_EXCEEDED'), n: limits.directives },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.mode === 'production' },
  }).protect();
  // Armor's plugins read nothing from the context, so they fit any context type.
  return {
    plugins: [...(plugins as ApolloServerPlugin<GatewayContext>[]), oneUnknownDirectiveErrorPlugin<GatewayContext>()],
    validationRules: [...validationRules, introspectionDepthRule(limits.introspectionDepth)],
    parseOptions: { maxTokens: limits.tokens },
  };
}
