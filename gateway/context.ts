import type { Logger } from '../platform/runtime/logger';
import type { Viewer } from '../platform/graphql/viewer';

/** What demand control reports in `extensions.cost`. */
export interface OperationCost {
  requested: number;
  limit: number;
  /** What is left of the caller's budget in the current window. */
  remaining: number;
}

export interface GatewayContext {
  requestId: string;
  /** Forwarded to subgraphs, which verify it again themselves. */
  authorization?: string;
  viewer: Viewer | null;
  clientIp: string | null;
  userAgent: string | null;
  logger: Logger;
  cost?: OperationCost;
  /** Subgraphs this operation called, for the access log. */
  subgraphsCalled: Set<string>;
}

/** Who a limit counts against: the address always, and the signed-in user too. */
export function clientKeys(ctx: Pick<GatewayContext, 'viewer' | 'clientIp'>): string[] {
  return [`ip:${ctx.clientIp ?? 'unknown'}`, ...(ctx.viewer ? [`user:${ctx.viewer.id}`] : [])];
}
