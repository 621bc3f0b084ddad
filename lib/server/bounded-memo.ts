// A bounded map of remembered answers for the process-wide memos (assessments.ts, query-plans.ts): least recently
// used out past `limit`, and every value deep-frozen on the way in, so no caller can change a shared answer.
import "server-only";

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly limit: number) {}

  /** The value remembered for `key` (now the most recently used), or undefined. */
  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Remembers `value` frozen, forgetting the least recently used entry past the limit; returns the frozen value. */
  set(key: string, value: V): V {
    const frozen = deepFreeze(value);
    this.entries.set(key, frozen);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return frozen;
  }

  get size(): number {
    return this.entries.size;
  }
}
