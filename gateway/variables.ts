import { GraphQLError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';

/**
 * The operation's variables, coerced the way execution will; a value that does not fit its type is
 * the client's mistake (400 BAD_USER_INPUT), so plugins that read arguments before execution must
 * not turn it into a 500.
 */
export function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  raw: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], raw ?? {});
  if (result.errors) {
    throw new GraphQLError(result.errors[0].message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
  return result.coerced;
}
