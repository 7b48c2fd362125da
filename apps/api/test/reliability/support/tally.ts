/**
 * What a reliability suite did, counted as it goes, printed as one line at the end so the figures in
 * docs/reliability.md come from a run rather than from memory.
 */
export class Tally {
  requests = 0;
  faults = 0;
  invariants = 0;
  lost = 0;
  private readonly extra = new Map<string, number>();

  constructor(private readonly suite: string) {}

  add(name: string, by = 1): void {
    this.extra.set(name, (this.extra.get(name) ?? 0) + by);
  }

  /** Counts an invariant checked; a failing one fails the test through its own expect. */
  check(): void {
    this.invariants++;
  }

  line(): string {
    const extra = [...this.extra].map(([name, n]) => `${name}=${n}`).join(' ');
    return `[reliability] ${this.suite}: requests=${this.requests} faults=${this.faults} invariants=${this.invariants} lost=${this.lost}${extra ? ` ${extra}` : ''}`;
  }

  print(): void {
    // The one line a run leaves behind on purpose (the lead copies the figures into docs/reliability.md).
    process.stdout.write(`${this.line()}\n`);
  }
}

/** Runs `task(0..count-1)` with at most `limit` running at once, answering the results in order. */
export async function inParallel<T>(
  count: number,
  limit: number,
  task: (i: number) => Promise<T>,
): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, count) }, async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * Sends a request as a well-behaved client does: a 503 (the database busy or restarting) or a 409
 * IDEMPOTENCY_IN_PROGRESS (the same key still running) is sent again after a short pause; anything else is
 * the answer. `onRetry` counts them.
 */
export async function untilAnswered<R extends { status: number; body: { code?: string } }>(
  send: () => Promise<R>,
  onRetry: (response: R) => void = () => undefined,
  giveUpAfterMs = 60_000,
): Promise<R> {
  const deadline = Date.now() + giveUpAfterMs;
  for (;;) {
    const response = await send();
    const retry =
      response.status === 503 ||
      (response.status === 409 && response.body?.code === 'IDEMPOTENCY_IN_PROGRESS');
    if (!retry || Date.now() > deadline) return response;
    onRetry(response);
    const pause = response.status === 503 ? 100 + Math.random() * 200 : 20 + Math.random() * 50;
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}
