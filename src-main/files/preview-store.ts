/**
 * Parsed files waiting for the planner's confirmation, by token. Kept in memory only: a preview
 * is cheap to redo, and a few recent ones are all a planner juggles. Old entries expire.
 */
export class PreviewStore<T> {
  private entries = new Map<string, { value: T; at: number }>();

  constructor(
    private readonly max = 8,
    private readonly ttlMs = 30 * 60_000,
  ) {}

  put(value: T): string {
    const token = crypto.randomUUID();
    this.entries.set(token, { value, at: Date.now() });
    this.prune();
    return token;
  }

  get(token: string): T | undefined {
    const e = this.entries.get(token);
    if (!e || Date.now() - e.at > this.ttlMs) {
      this.entries.delete(token);
      return undefined;
    }
    return e.value;
  }

  delete(token: string): void {
    this.entries.delete(token);
  }

  private prune(): void {
    const now = Date.now();
    for (const [k, e] of this.entries) if (now - e.at > this.ttlMs) this.entries.delete(k);
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
