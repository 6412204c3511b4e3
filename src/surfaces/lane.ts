// One lane for handler work: interactions take turns, one per event-loop iteration.
//
// Handlers compute synchronously (a search, a chart), so when a burst arrives their work would
// otherwise run back to back in one stretch, and nothing else — no acknowledgement, no reply, no
// heartbeat — could leave the process until all of it is done. Taking turns, each in its own loop
// iteration, lets timers and network I/O run between two handlers: replies go out as they are
// ready, and a surface's watchdog can acknowledge (defer) an interaction that has waited too long
// before its turn comes, so the 3 s deadline holds even when the process is behind.
export class Lane {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;
  private longest = 0;

  /** Resolves when it is the caller's turn (the caller's synchronous work then runs alone). */
  turn(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (this.waiting.length > this.longest) this.longest = this.waiting.length;
      this.schedule();
    });
  }

  /** How many are waiting for their turn. */
  get length(): number {
    return this.waiting.length;
  }

  /** The longest queue seen since the last call (for logs), reset by reading it. */
  takeLongest(): number {
    const n = this.longest;
    this.longest = this.waiting.length;
    return n;
  }

  private schedule(): void {
    if (this.scheduled || !this.waiting.length) return;
    this.scheduled = true;
    setImmediate(this.next);
  }

  private readonly next = (): void => {
    this.scheduled = false;
    const resolve = this.waiting.shift();
    // The resolved caller continues in this iteration's microtasks; the next one waits for the
    // next iteration (an immediate queued now runs after the coming poll phase).
    this.schedule();
    resolve?.();
  };
}

/** The handler's answer, or a rejection once `ms` have passed (the timer never keeps the process up). */
export function withTimeLimit<T>(work: Promise<T>, ms: number): Promise<T> {
  let limit: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      limit = setTimeout(() => reject(new Error(`handler did not answer within ${ms} ms`)), ms);
      limit.unref?.();
    }),
  ]).finally(() => clearTimeout(limit));
}
