import { BoundedLabel } from '../../platform/observability/bounded-label';
import { systemClock, type Clock } from '../../platform/runtime/clock';

export interface OperationLabels {
  operation: string;
  client_name: string;
  client_version: string;
}

const VERSION = /^[\w.+-]{1,32}$/;
/** Versions of one client live side by side for a while (old apps keep running), but not dozens. */
const MAX_VERSIONS_PER_CLIENT = 20;
/** A newly published persisted-query list names its operations in the metrics within this time. */
const NAMES_REFRESH_MS = 60_000;

/**
 * Metric labels of an operation, with a bounded set of values whatever clients send: operation names
 * only from the persisted-query list (else `other`, or `anonymous` without a name), client names
 * only from METRICS_CLIENT_NAMES (else `other`, or `none` without the header), and a few versions per
 * known client.
 */
export class OperationLabeler {
  private operations: ReadonlySet<string>;
  private readAt: number;
  private readonly versions = new Map<string, BoundedLabel>();

  constructor(
    private readonly operationNames: () => Iterable<string>,
    clientNames: Iterable<string>,
    private readonly clock: Clock = systemClock,
  ) {
    this.operations = new Set(operationNames());
    this.readAt = clock().getTime();
    for (const name of clientNames) this.versions.set(name, new BoundedLabel(MAX_VERSIONS_PER_CLIENT));
  }

  labelsOf(operationName: string | null | undefined, clientName?: string, clientVersion?: string): OperationLabels {
    const operation = !operationName ? 'anonymous' : this.isListed(operationName) ? operationName : 'other';
    if (!clientName) return { operation, client_name: 'none', client_version: 'none' };
    const versions = this.versions.get(clientName);
    if (!versions) return { operation, client_name: 'other', client_version: 'other' };
    const version = !clientVersion ? 'none' : VERSION.test(clientVersion) ? versions.valueOf(clientVersion) : 'other';
    return { operation, client_name: clientName, client_version: version };
  }

  private isListed(name: string): boolean {
    if (this.operations.has(name)) return true;
    const now = this.clock().getTime();
    if (now - this.readAt < NAMES_REFRESH_MS) return false;
    this.operations = new Set(this.operationNames());
    this.readAt = now;
    return this.operations.has(name);
  }
}
