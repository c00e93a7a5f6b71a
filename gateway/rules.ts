import { allow, rule } from 'graphql-shield';
import { forbidden, unauthenticated } from '../platform/graphql/graphql-errors';
import { Role } from '../platform/graphql/role';
import type { GatewayContext } from './context';

export { allow };

/** Rules answer with the error to return, so a refusal says whether signing in would help. */
export const isAuthenticated = rule({ cache: 'contextual' })((_parent, _args, ctx: GatewayContext) =>
  ctx.viewer ? true : unauthenticated(),
);

export const isAdmin = rule({ cache: 'contextual' })((_parent, _args, ctx: GatewayContext) => {
  if (!ctx.viewer) return unauthenticated();
  return ctx.viewer.roles.includes(Role.ADMIN) ? true : forbidden();
});

/** A confirmed email address, as the access token says; booking and hosting need one. */
export const isVerified = rule({ cache: 'contextual' })((_parent, _args, ctx: GatewayContext) => {
  if (!ctx.viewer) return unauthenticated();
  return ctx.viewer.emailVerified ? true : forbidden('Confirm your email address first.');
});

export const isHost = rule({ cache: 'contextual' })((_parent, _args, ctx: GatewayContext) => {
  if (!ctx.viewer) return unauthenticated();
  return ctx.viewer.roles.includes(Role.HOST) ? true : forbidden('Only hosts can do this.');
});
