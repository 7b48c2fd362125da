// The registry of measured operations: each is compared with the baseline server, which must implement the same
// route. Departments that add endpoints worth measuring (dashboards, payroll, reconciliation) add an entry
// here and a route in bench/baseline/server.mjs.
export function operations(fixtures) {
  return [
    {
      name: 'order placement',
      goal: 0.5,
      paths: ['/api/v1/orders'],
      orders: { buyers: fixtures.buyers, skus: fixtures.skus },
    },
    {
      name: 'product by id',
      goal: 0.75,
      paths: fixtures.products.slice(0, 200).map((id) => `/api/v1/products/${id}`),
    },
    {
      name: 'product search',
      goal: 0.75,
      paths: fixtures.searchTerms.map((q) => `/api/v1/products?q=${encodeURIComponent(q)}&limit=20`),
    },
    {
      name: 'order list',
      goal: 0.55,
      paths: [
        'status=completed',
        'status=shipped&paymentMethod=cod',
        'channel=website',
        'paymentMethod=prepaid&status=delivered',
      ].map((filter) => `/api/v1/orders?${filter}&limit=20`),
    },
  ];
}
