import type { Finding } from './finding';

/**
 * Findings as detection records them, one typed column per field (struct of arrays) and every
 * finding's activities in one shared pool. A full detection of 100k activities finds ~28k
 * conflicts; as one object (plus an array of activities) each, they stayed alive until the next
 * detection, so every young-generation collection in between had to copy them all: a large
 * share of detection time went to the collector. Columns are a handful of buffers instead.
 *
 * Append-only: a finding's slot never changes once written, so a RawFinding view (raw.ts) taken
 * from a store stays right for as long as anyone holds it. Re-checks append; the engine starts
 * a new store when it detects from scratch or compacts, rather than overwriting this one.
 *
 * Writing a finding: `act(i)` for each of its activities, then `emit(...)`, which closes it with
 * the activities added since the previous finding. Rules decide whether there is a finding
 * before gathering its activities, so nothing gathered is ever thrown away.
 */
export class FindingStore {
  count = 0;
  rule: Uint8Array;
  amount: Float64Array;
  res: Int32Array;
  seg: Int32Array;
  plan: Int32Array;
  from: Int32Array;
  to: Int32Array;
  a: Float64Array;
  b: Float64Array;
  /** Finding f's activities are actPool[actOff[f] .. actOff[f + 1]); actOff[count] starts the next one's. */
  actOff: Int32Array;
  actPool: Int32Array;
  actLen = 0;
  /** The few findings that carry a name (a budget phase), by slot. */
  private texts: Map<number, string> | undefined;
  /** Findings written out (ids, key, sentences) on first read, by slot. */
  private written: Map<number, Finding> | undefined;

  constructor(capacity = 64, actCapacity = 4 * capacity) {
    const n = Math.max(capacity, 16);
    this.rule = new Uint8Array(n);
    this.amount = new Float64Array(n);
    this.res = new Int32Array(n);
    this.seg = new Int32Array(n);
    this.plan = new Int32Array(n);
    this.from = new Int32Array(n);
    this.to = new Int32Array(n);
    this.a = new Float64Array(n);
    this.b = new Float64Array(n);
    this.actOff = new Int32Array(n + 1);
    this.actPool = new Int32Array(Math.max(actCapacity, 16));
  }

  /** Adds an activity to the finding being gathered. */
  act(i: number): void {
    if (this.actLen === this.actPool.length) this.actPool = grown(this.actPool, this.actLen * 2);
    this.actPool[this.actLen++] = i;
  }

  /**
   * Writes one finding with the activities gathered for it. res/seg/plan are indexes or -1;
   * from/to inclusive relative days (NO_DAY for plan-wide findings); a/b the rule's own figures.
   */
  emit(
    rule: number,
    amount: number,
    res: number,
    seg: number,
    plan: number,
    from: number,
    to: number,
    a: number,
    b: number,
  ): void {
    const f = this.count;
    if (f === this.rule.length) this.grow();
    this.rule[f] = rule;
    this.amount[f] = amount;
    this.res[f] = res;
    this.seg[f] = seg;
    this.plan[f] = plan;
    this.from[f] = from;
    this.to[f] = to;
    this.a[f] = a;
    this.b[f] = b;
    this.actOff[f + 1] = this.actLen;
    this.count = f + 1;
  }

  /** Names the finding just written (budget phase caps). */
  setText(text: string): void {
    (this.texts ??= new Map()).set(this.count - 1, text);
  }

  text(f: number): string {
    return this.texts?.get(f) ?? '';
  }

  writtenAt(f: number): Finding | undefined {
    return this.written?.get(f);
  }

  keepWritten(f: number, finding: Finding): void {
    (this.written ??= new Map()).set(f, finding);
  }

  /** Whether findings f and g (both of this store) record the same thing: every column, activities and name. */
  same(f: number, g: number): boolean {
    if (
      this.rule[f] !== this.rule[g] ||
      this.amount[f] !== this.amount[g] ||
      this.res[f] !== this.res[g] ||
      this.seg[f] !== this.seg[g] ||
      this.plan[f] !== this.plan[g] ||
      this.from[f] !== this.from[g] ||
      this.to[f] !== this.to[g] ||
      this.a[f] !== this.a[g] ||
      this.b[f] !== this.b[g]
    )
      return false;
    const fa = this.actOff[f];
    const ga = this.actOff[g];
    const len = this.actOff[f + 1] - fa;
    if (len !== this.actOff[g + 1] - ga) return false;
    for (let k = 0; k < len; k++) if (this.actPool[fa + k] !== this.actPool[ga + k]) return false;
    return this.text(f) === this.text(g);
  }

  /** Whether finding f names activity i. */
  names(f: number, i: number): boolean {
    for (let k = this.actOff[f]; k < this.actOff[f + 1]; k++) if (this.actPool[k] === i) return true;
    return false;
  }

  /** Appends finding f of another store (compaction). */
  copy(from: FindingStore, f: number): void {
    for (let k = from.actOff[f]; k < from.actOff[f + 1]; k++) this.act(from.actPool[k]);
    this.emit(
      from.rule[f],
      from.amount[f],
      from.res[f],
      from.seg[f],
      from.plan[f],
      from.from[f],
      from.to[f],
      from.a[f],
      from.b[f],
    );
    const text = from.texts?.get(f);
    if (text !== undefined) this.setText(text);
    const done = from.written?.get(f);
    if (done !== undefined) this.keepWritten(this.count - 1, done);
  }

  private grow(): void {
    const n = this.rule.length * 2;
    this.rule = grown(this.rule, n);
    this.amount = grown(this.amount, n);
    this.res = grown(this.res, n);
    this.seg = grown(this.seg, n);
    this.plan = grown(this.plan, n);
    this.from = grown(this.from, n);
    this.to = grown(this.to, n);
    this.a = grown(this.a, n);
    this.b = grown(this.b, n);
    this.actOff = grown(this.actOff, n + 1);
  }
}

type Column = Uint8Array | Int32Array | Float64Array;

function grown<T extends Column>(col: T, size: number): T {
  const next = new (col.constructor as new (n: number) => T)(size);
  next.set(col);
  return next;
}
