/**
 * A label value set that stops growing: the first `limit` distinct values are kept as they are,
 * later ones are counted as `other`, so a caller cannot create series without end.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly limit: number) {}

  valueOf(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.limit) return 'other';
    this.seen.add(value);
    return value;
  }
}
