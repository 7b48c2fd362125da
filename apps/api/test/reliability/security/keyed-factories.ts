import type { SignedInUser } from '@zhanggui/api-identity/testing';
import { hireInA, MORE_FACTORIES } from './more-factories';
import { created, FACTORIES, ScopedWorld, tinyPng, unique } from './scoped-world';

/**
 * A record of territory A that is not simply read at `GET /api/v1/<resource>/:id`: its key may be composite
 * (`stock-levels/:skuId/:warehouseId`), the reader may see it only in a list or in its parent's file, and its
 * only routes may be writes, which must be sent a valid body so that a refusal is about scope, not validation.
 */
export interface KeyedRecord {
  /** What stands for the route's leading parameters: an id, or `skuId/warehouseId`. */
  key: string;
  /** A key of the same shape that names nothing (default: one absent id per part). */
  absentKey?: string;
  /** How the reader of A sees the record: status 200 and the record (compared before and after). */
  read?: (w: ScopedWorld, who: SignedInUser) => Promise<{ status: number; body: Record<string, unknown> }>;
  /** A valid body per route (`put /api/v1/leave-balances/:id`); `{}` for the others. */
  bodies?: Record<string, object>;
  /** The list the record must not appear in for the outsider; null when it has none of its own. */
  list?: string | null;
}

/** The row with `id` in a page the reader gets from `path`, as if it were read by id. */
async function rowOf(w: ScopedWorld, who: SignedInUser, path: string, query: object, id: string) {
  const page = await w.t
    .http(who.auth)
    .get(path)
    .query({ limit: 200, ...query });
  const row = (page.body.data as Array<Record<string, unknown>> | undefined)?.find((r) => r.id === id);
  return { status: page.status === 200 && row ? 200 : 404, body: row ?? page.body };
}

/** A SKU with stock in a warehouse of A: the stock level is the pair. */
async function stockInA(w: ScopedWorld): Promise<{ skuId: string; warehouseId: string; movementId: string }> {
  const api = () => w.t.http(w.everyone.auth);
  const n = unique();
  const warehouseId = await created(
    await api()
      .post('/api/v1/warehouses')
      .send({ code: `WH-K-${n}`, name: `广州仓 ${n}`, regionId: w.scopeA }),
    'a warehouse',
  );
  const product = await api()
    .post('/api/v1/products')
    .send({ name: `库存商品 ${n}`, skus: [{ code: `KEY-${n}` }] })
    .expect(201);
  const skuId = product.body.skus[0].id as string;
  const movementId = await created(
    await api().post('/api/v1/stock-adjustments').send({ skuId, warehouseId, quantity: 10, reason: '期初' }),
    'a stock adjustment',
  );
  return { skuId, warehouseId, movementId };
}

const absentPair = '01a21f21-0000-7000-8000-0000000000f1/01a21f21-0000-7000-8000-0000000000f2';

/** Territory-A records of the resources whose routes are keyed or written only (see KeyedRecord). */
export const KEYED_FACTORIES: Record<string, (w: ScopedWorld) => Promise<KeyedRecord>> = {
  'stock-movements': async (w) => ({ key: (await stockInA(w)).movementId }),

  'stock-levels': async (w) => {
    const { skuId, warehouseId } = await stockInA(w);
    return {
      key: `${skuId}/${warehouseId}`,
      absentKey: absentPair,
      read: async (_, who) => {
        const page = await w.t
          .http(who.auth)
          .get('/api/v1/stock-levels')
          .query({ skuId, warehouseId, limit: 200 });
        const row = page.body.data?.[0];
        return { status: page.status === 200 && row ? 200 : 404, body: row ?? page.body };
      },
      bodies: { 'put /api/v1/stock-levels/:skuId/:warehouseId/reorder': { reorderPoint: 5, safetyStock: 2 } },
    };
  },

  'leave-balances': async (w) => {
    const employee = await hireInA(w);
    await w.t.http(w.everyone.auth).post('/api/v1/leave-balances/accruals').send({ year: 2026 }).expect(200);
    const page = await w.t
      .http(w.everyone.auth)
      .get('/api/v1/leave-balances')
      .query({ employeeId: employee.id, year: 2026 })
      .expect(200);
    const id = page.body.data[0]?.id as string;
    if (!id) throw new Error(`No leave balance: ${JSON.stringify(page.body)}`);
    return {
      key: id,
      read: (_, who) => rowOf(w, who, '/api/v1/leave-balances', { employeeId: employee.id }, id),
      bodies: { 'put /api/v1/leave-balances/:id': { entitled: 30, note: '越权修改' } },
    };
  },

  // A month no payroll run of the suite approves, so the line stays removable.
  'payroll-inputs': async (w) => {
    const employee = await hireInA(w);
    const id = await created(
      await w.t.http(w.everyone.auth).post('/api/v1/payroll-inputs').send({
        employeeId: employee.id,
        month: '2027-06',
        kind: 'reward',
        amount: 50_000,
        description: '季度奖',
      }),
      'a payroll input',
    );
    return {
      key: id,
      read: (_, who) => rowOf(w, who, '/api/v1/payroll-inputs', { employeeId: employee.id }, id),
    };
  },

  // The claimant uploads the receipt; A's finance reads it.
  'expense-attachments': async (w) => {
    const claimId = await FACTORIES['expense-claims'](w);
    const id = await created(
      await w.t
        .http(w.everyone.auth)
        .post(`/api/v1/expense-claims/${claimId}/attachments`)
        .attach('file', await tinyPng(), 'receipt.png'),
      'an expense attachment',
    );
    return {
      key: id,
      read: async (_, who) => {
        const response = await w.t.http(who.auth).get(`/api/v1/expense-attachments/${id}/file`);
        return { status: response.status, body: {} };
      },
      list: null,
    };
  },
};

/** An employee of A still on probation (hired recently). */
const probationerInA = async (w: ScopedWorld) =>
  (await hireInA(w, { hireDate: '2026-10-01', status: 'probation' })).id;

KEYED_FACTORIES['probation-items'] = async (w) => {
  const employeeId = await probationerInA(w);
  const id = await created(
    await w.t
      .http(w.everyone.auth)
      .post('/api/v1/probation-items')
      .send({ employeeId, kind: 'assessment', title: '岗位技能考核' }),
    'a probation item',
  );
  return {
    key: id,
    read: async (_, who) => {
      const file = await w.t.http(who.auth).get(`/api/v1/employees/${employeeId}/probation`);
      const item = (file.body.items as Array<{ id: string }> | undefined)?.find((i) => i.id === id);
      return { status: file.status === 200 && item ? 200 : 404, body: item ?? file.body };
    },
    bodies: { 'post /api/v1/probation-items/:id/completion': { completedOn: '2026-11-20', score: 90 } },
    list: null,
  };
};

// Recommended by A's own manager, like leave: the recommender may not approve it.
KEYED_FACTORIES['probation-reviews'] = async (w) => ({
  key: await created(
    await w.t
      .http(w.inA.auth)
      .post('/api/v1/probation-reviews')
      .send({ employeeId: await probationerInA(w), recommendation: 'confirm', reason: '考核优秀，建议转正' }),
    'a probation review',
  ),
});

/**
 * A candidate needs an approved hiring request: A's manager asks, and `everyone` (who holds every role) decides
 * both steps, the general manager's and HR's; the outcome reaches the request after commit.
 */
KEYED_FACTORIES.candidates = async (w) => {
  const requestId = await MORE_FACTORIES['hiring-requests'](w);
  const api = () => w.t.http(w.everyone.auth);
  const request = await api().get(`/api/v1/hiring-requests/${requestId}`).expect(200);
  for (const step of ['general manager', 'HR']) {
    const decided = await api()
      .post(`/api/v1/approval-requests/${request.body.approvalRequestId}/decisions`)
      .send({ decision: 'approve' });
    if (decided.status !== 200) throw new Error(`The ${step} step: ${JSON.stringify(decided.body)}`);
  }
  for (let tries = 0; ; tries++) {
    const { status } = (await api().get(`/api/v1/hiring-requests/${requestId}`).expect(200)).body;
    if (status === 'approved') break;
    if (tries > 100) throw new Error(`The hiring request stayed ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    key: await created(
      await api()
        .post('/api/v1/candidates')
        .send({ hiringRequestId: requestId, name: '候选人', phone: '13900000000' }),
      'a candidate',
    ),
  };
};
