import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  eventId: string;
  type: string;
  deliveryId: string;
  data: Record<string, unknown>;
}

/**
 * A partner's webhook endpoint on this machine: checks each delivery's signature as a partner would (the
 * documented `t=…,v1=HMAC-SHA256(secret, "<t>.<body>")`), counts deliveries per event and answers 204.
 * The secret is set once the subscription exists (`receiver.secret = …`).
 */
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  let badSignatures = 0;
  const receiver = {
    secret: '',
    received,
    get badSignatures() {
      return badSignatures;
    },
    url: '',
    /** Deliveries per event id. */
    countsByEvent(): Map<string, number> {
      const counts = new Map<string, number>();
      for (const r of received) counts.set(r.eventId, (counts.get(r.eventId) ?? 0) + 1);
      return counts;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (!verify(receiver.secret, String(request.headers['zhanggui-signature'] ?? ''), body)) {
        badSignatures++;
        response.statusCode = 401;
        response.end();
        return;
      }
      const payload = JSON.parse(body) as { id: string; type: string; data: Record<string, unknown> };
      received.push({
        eventId: payload.id,
        type: payload.type,
        deliveryId: String(request.headers['zhanggui-delivery']),
        data: payload.data,
      });
      response.statusCode = 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return receiver;
}

function verify(secret: string, header: string, body: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=', 2)));
  if (!secret || !parts.t || !parts.v1) return false;
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Waits for `check` to hold (polling), or fails naming what it waited for. */
export async function eventually<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
