// Data-set sizes scale with --orders; --orders 1000000 gives the sizes (100k SKUs, 200k customers).
export function sizesFor(orders) {
  const r = orders / 1_000_000;
  return {
    orders,
    skus: Math.max(300, Math.round(100_000 * r)),
    customers: Math.max(1000, Math.round(200_000 * r)),
    brands: Math.max(30, Math.round(2_000 * r)),
    // The 5,000 employees with a year of attendance; a tenth of them form the payroll bench's small run.
    employees: Math.max(100, Math.round(5_000 * r)),
    // The settlement statement: one line per order's worth, the prepaid payments and lines beyond them.
    statementLines: orders,
    // Orders span this many days back from now (at least a month, a year at full scale).
    days: Math.max(30, Math.min(365, Math.round(365 * Math.sqrt(r)))),
  };
}
