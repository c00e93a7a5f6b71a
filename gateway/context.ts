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

/**
 * One request's context. Its logger is made on first use: pino serializes a child's bindings when
 * the child is made, and most requests log nothing but the access line. The getter lives on the
 * class, so it survives Apollo Server copying the context's own fields for each operation.
 */
export class RequestContext implements GatewayContext {
  cost?: OperationCost;
  readonly subgraphsCalled = new Set<string>();
  private requestLogger: Logger | undefined;

  constructor(
    private readonly rootLogger: Logger,
    readonly requestId: string,
    readonly authorization: string | undefined,
    readonly viewer: Viewer | null,
    readonly clientIp: string | null,
    readonly userAgent: string | null,
  ) {}

  get logger(): Logger {
    return (this.requestLogger ??= this.rootLogger.child({ requestId: this.requestId, viewerId: this.viewer?.id }));
  }
}

/** Who a limit counts against: the address always, and the signed-in user too. */
export function clientKeys(ctx: Pick<GatewayContext, 'viewer' | 'clientIp'>): string[] {
  return [`ip:${ctx.clientIp ?? 'unknown'}`, ...(ctx.viewer ? [`user:${ctx.viewer.id}`] : [])];
}
