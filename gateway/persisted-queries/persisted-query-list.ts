import type { Clock } from '../../platform/runtime/clock';
import type { PersistedOperation, PersistedQueryManifest, RetainedManifest } from './manifest';

type Listed = PersistedOperation & { retireAfter?: string };

/** A manifest and its retained operations: what `npm run pq:publish` ships as one unit. */
export interface PersistedQueryRelease {
  manifest: PersistedQueryManifest;
  retained: RetainedManifest;
}

/**
 * The operations a gateway accepts right now. A new release replaces the whole list in one
 * assignment, so a request sees either the old list or the new one, never a mix. A retained
 * operation stops being found the day after its `retireAfter`, without a restart.
 */
export class PersistedQueryList {
  private operations = new Map<string, Listed>();

  constructor(
    release: PersistedQueryRelease,
    private readonly clock: Clock,
  ) {
    this.replace(release);
  }

  replace({ manifest, retained }: PersistedQueryRelease): void {
    this.operations = new Map<string, Listed>([...retained.operations, ...manifest.operations].map((o) => [o.id, o]));
  }

  /** The operations of `release` this list does not hold yet. */
  added({ manifest, retained }: PersistedQueryRelease): PersistedOperation[] {
    return [...retained.operations, ...manifest.operations].filter((o) => !this.operations.has(o.id));
  }

  get(id: string): PersistedOperation | undefined {
    const operation = this.operations.get(id);
    if (!operation?.retireAfter) return operation;
    return operation.retireAfter >= this.clock().toISOString().slice(0, 10) ? operation : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** The accepted operations, for planning ahead. */
  current(): PersistedOperation[] {
    return [...this.operations.keys()].flatMap((id) => this.get(id) ?? []);
  }
}
