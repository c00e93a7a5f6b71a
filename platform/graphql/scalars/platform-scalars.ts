import type { GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate } from './local-date';

/** The platform's own scalars, which the gateway also coerces so a bad value is refused at the door. */
export const PLATFORM_SCALARS: readonly GraphQLScalarType[] = [GraphQLLocalDate];
