import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import type { Config } from '../../platform/runtime/config';
import type { GatewayContext } from '../context';

/**
 * graphql-armor's limits on the shape of a document: depth, aliases (`__typename` counts too),
 * directives and tokens; and, in production, no "did you mean" hints that map the schema for a
 * caller who cannot introspect it. Cost is ours (demand control), so armor's is off.
 */
export function queryLimits(config: Pick<Config, 'mode'> & { limits: Config['gateway']['limits'] }): {
  plugins: ApolloServerPlugin<GatewayContext>[];
  validationRules: ValidationRule[];
} {
  const { limits } = config;
  const { plugins, validationRules } = new ApolloArmor({
    costLimit: { enabled: false },
    maxDepth: { n: limits.depth, ignoreIntrospection: true },
    maxAliases: { n: limits.aliases },
    maxDirectives: { n: limits.directives },
    maxTokens: { n: limits.tokens },
    blockFieldSuggestion: { enabled: config.mode === 'production' },
  }).protect();
  // Armor's plugins read nothing from the context, so they fit any context type.
  return { plugins: plugins as ApolloServerPlugin<GatewayContext>[], validationRules };
}
