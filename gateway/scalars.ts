import { isScalarType, type GraphQLSchema } from 'graphql';
import { PLATFORM_SCALARS } from '../platform/graphql/scalars/platform-scalars';

/**
 * @apollo/gateway accepts anything for a custom scalar of the supergraph, so an impossible date
 * would reach a subgraph, whose 400 the gateway reports as an internal error. Given the platform's
 * parsing, the gateway refuses it itself, with a 400: BAD_USER_INPUT for a variable,
 * GRAPHQL_VALIDATION_FAILED for a literal written in the document.
 */
export function coercePlatformScalars(schema: GraphQLSchema): void {
  for (const scalar of PLATFORM_SCALARS) {
    const type = schema.getType(scalar.name);
    if (!isScalarType(type)) continue;
    type.parseValue = scalar.parseValue;
    type.parseLiteral = scalar.parseLiteral;
  }
}
