// Long work done in the thread that answers (a story's new version made ready), in slices: between
// them the thread answers what came in meanwhile.

/** How long one slice may hold the thread before it pauses. */
export const SLICE_MS = 8;

/** What a slice waits for between slices: the events already due (setImmediate). */
export const yieldNow = (): Promise<void> => new Promise((r) => setImmediate(r));

/**
 * `each` over the items, pausing whenever a slice has run SLICE_MS. Items vary: one cluster of a long
 * story is a large document, so slices are timed rather than counted.
 */
export async function inSlices<T>(items: Iterable<T>, each: (item: T) => void, pause: () => Promise<unknown> = yieldNow): Promise<void> {
  let from = performance.now();
  for (const item of items) {
    each(item);
    if (performance.now() - from >= SLICE_MS) {
      await pause();
      from = performance.now();
    }
  }
}
