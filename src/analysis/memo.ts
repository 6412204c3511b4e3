// A bounded memo for pure functions of one string: a story repeats sentences, summaries and
// evidence across its events and the pairs compared between them, and each is read the same way
// every time. The whole table is dropped when it fills (cheaper than tracking recency), so memory
// stays bounded on a corpus of any size.

const resets: (() => void)[] = [];

export function memoByText<T>(fn: (text: string) => T, max = 20_000): (text: string) => T {
  let table = new Map<string, T>();
  resets.push(() => (table = new Map()));
  return (text) => {
    let v = table.get(text);
    if (v === undefined && !table.has(text)) {
      v = fn(text);
      if (table.size >= max) table = new Map();
      table.set(text, v);
    }
    return v as T;
  };
}

/** Empties every memo (a benchmark measuring a first reading, not a second). */
export function resetMemos(): void {
  for (const reset of resets) reset();
}

/**
 * `fn(arg)` once per object (kept as long as the object lives): an index over a value that never
 * changes. `keyOf` picks the object the result is kept with (by default the argument itself).
 */
export function memoByObject<A extends object, T>(fn: (arg: A) => T, keyOf: (arg: A) => object = (arg) => arg): (arg: A) => T {
  const table = new WeakMap<object, { value: T }>();
  return (arg) => {
    const key = keyOf(arg);
    let hit = table.get(key);
    if (!hit) table.set(key, (hit = { value: fn(arg) }));
    return hit.value;
  };
}
