import type { Logger } from '../subgraphs/kernel/logger';
import type { Viewer } from '../subgraphs/kernel/viewer';

export interface GatewayContext {
  requestId: string;
  /** Forwarded to subgraphs, which verify it again themselves. */
  authorization?: string;
  viewer: Viewer | null;
  clientIp: string | null;
  userAgent: string | null;
  logger: Logger;
}
