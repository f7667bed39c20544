/**
 * Parsed files waiting for the planner's confirmation, by token. Kept in memory only: a preview
 * is cheap to redo, and a few recent ones are all a planner juggles. An entry expires `ttlMs`
 * after its last use, not after the file was read: a planner who keeps working in the dialog
 * (asking again under each new remap) keeps it alive; one who walks away for that long reads
 * the file again. At most `max` entries are kept, the least recently used going first.
 */
export class PreviewStore<T> {
  private entries = new Map<string, { value: T; at: number }>();

  constructor(
    private readonly max = 8,
    private readonly ttlMs = 30 * 60_000,
    /** Milliseconds since the epoch; tests pass their own. */
    private readonly clock: () => number = Date.now,
  ) {}

  put(value: T): string {
    const token = crypto.randomUUID();
    this.entries.set(token, { value, at: this.clock() });
    this.prune();
    return token;
  }

  /** The value, if the token is known and live; each such use starts its time to live again. */
  get(token: string): T | undefined {
    const e = this.entries.get(token);
    const now = this.clock();
    if (!e || now - e.at > this.ttlMs) {
      this.entries.delete(token);
      return undefined;
    }
    // Re-inserted, so the map's order stays least recently used first for prune().
    this.entries.delete(token);
    this.entries.set(token, { value: e.value, at: now });
    return e.value;
  }

  delete(token: string): void {
    this.entries.delete(token);
  }

  private prune(): void {
    const now = this.clock();
    for (const [k, e] of this.entries) if (now - e.at > this.ttlMs) this.entries.delete(k);
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
