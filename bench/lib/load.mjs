// One autocannon measurement, run in its own process so the load generator does not share an event loop with
// anything it measures. Input: a JSON spec as argv[2]; output: one JSON line of results on stdout.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';

const spec = JSON.parse(process.argv[2]);
let counter = 0;
const pick = (items) => items[counter++ % items.length];

const result = await autocannon({
  url: spec.baseUrl,
  connections: spec.connections,
  duration: spec.seconds,
  headers: { authorization: `Bearer ${spec.token}`, 'content-type': 'application/json' },
  requests: [
    {
      setupRequest(request) {
        const path = pick(spec.paths);
        if (!spec.orders) return { ...request, method: 'GET', path };
        const buyer = pick(spec.orders.buyers);
        const lines = [0, 1, 2].map(() => ({
          skuId: spec.orders.skus[Math.floor(Math.random() * spec.orders.skus.length)],
          quantity: 1,
        }));
        const unique = [...new Map(lines.map((l) => [l.skuId, l])).values()];
        return {
          ...request,
          method: 'POST',
          path,
          headers: { ...request.headers, 'idempotency-key': randomUUID() },
          body: JSON.stringify({
            customerId: buyer.id,
            paymentMethod: 'cod',
            shippingAddress: { addressId: buyer.address_id },
            lines: unique,
          }),
        };
      },
    },
  ],
});
process.stdout.write(
  `${JSON.stringify({
    rps: result.requests.average,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    latency: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
    },
  })}\n`,
);
