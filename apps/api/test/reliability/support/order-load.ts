import { Answer, call } from './api-process';
import { Tally, untilAnswered } from './tally';

export interface OrderLoad {
  /** Idempotency-Key → the order id the client was given a 2xx for. */
  acknowledged: Map<string, string>;
  /** Keys sent whose outcome the client never learnt (the connection died, or 503): to be retried. */
  unanswered: string[];
  /** Answers other than 2xx, 503 or no answer: each must be a problem+json. */
  refused: Answer[];
}

/**
 * A website placing orders over `lanes` connections, each with a key of its own, until `stopped()` or the
 * server stops answering. What it was told is what it may later hold the API to.
 */
export async function runOrderLoad(options: {
  baseUrl: () => string;
  website: string;
  body: () => unknown;
  lanes: number;
  stopped: () => boolean;
  prefix: string;
  tally: Tally;
  load?: OrderLoad;
}): Promise<OrderLoad> {
  const load: OrderLoad = options.load ?? { acknowledged: new Map(), unanswered: [], refused: [] };
  let next = 0;
  const send = (key: string) => {
    options.tally.requests++;
    return placeOrder(options.baseUrl(), options.website, key, options.body());
  };
  await Promise.all(
    Array.from({ length: options.lanes }, async () => {
      while (!options.stopped()) {
        const key = `${options.prefix}-${next++}`;
        let answer = await send(key);
        // 503: the API asks to come back shortly; a client does, with the same key. No answer at all while the
        // load is meant to run (a busy machine, a connection dropped) is retried the same way; once the process
        // is killed the loop ends and the key is resent after the restart.
        while ((answer.status === 503 || answer.status === 0) && !options.stopped()) {
          options.tally.add(answer.status === 503 ? 'retried503' : 'retriedNoAnswer');
          await new Promise((resolve) => setTimeout(resolve, 100));
          answer = await send(key);
        }
        if (answer.status >= 200 && answer.status < 300) load.acknowledged.set(key, String(answer.body.id));
        else if (answer.status === 0 || answer.status === 503) {
          load.unanswered.push(key);
          if (answer.status === 0) return; // the server is gone: this lane waits for the restart
        } else load.refused.push(answer);
      }
    }),
  );
  return load;
}

export function placeOrder(baseUrl: string, website: string, key: string, body: unknown): Promise<Answer> {
  return call(baseUrl, 'POST', '/api/v1/orders', {
    auth: website,
    body,
    headers: { 'Idempotency-Key': key },
  });
}

/**
 * After the restart the client sends every unanswered request again with its key and body: the API answers
 * with the order if it had committed (replayed), or places it now. Either way the client ends up told.
 */
export async function settleUnanswered(
  load: OrderLoad,
  options: { baseUrl: string; website: string; body: () => unknown; tally: Tally },
): Promise<{ replayed: number; placedNow: number }> {
  let replayed = 0;
  let placedNow = 0;
  const keys = [...new Set(load.unanswered)];
  load.unanswered = [];
  for (const key of keys) {
    const answer = await untilAnswered(
      () => {
        options.tally.requests++;
        return placeOrder(options.baseUrl, options.website, key, options.body());
      },
      () => options.tally.add('retried'),
    );
    if (answer.status >= 200 && answer.status < 300) {
      load.acknowledged.set(key, String(answer.body.id));
      if (answer.headers.get('idempotent-replayed') === 'true') replayed++;
      else placedNow++;
    } else load.refused.push(answer);
  }
  return { replayed, placedNow };
}
