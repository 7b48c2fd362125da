import { TransactionalConnection } from '@zhanggui/api-platform';
import { expectProblem } from '@zhanggui/api-platform/testing';
import { SignedInUser, userWithRoles } from '@zhanggui/api-identity/testing';
import { LedgerService } from '../ledger/ledger.service';
import { beijingToday, createFinanceWorld, eventually, FinanceWorld } from '../testing/finance-world';
import { ExpenseClaim } from './expense-claim.entity';
import { ExpenseClaimLine } from './expense-claim-line.entity';
import { approvalPosting } from './expense-postings';

interface ClaimBody {
  id: string;
  number: string;
  status: string;
  totalAmount: number;
  version: number;
  lines: Array<{ accountCode: string; amount: number; orgUnitId: string }>;
  budgetOverrideReason: string | null;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('expense claims: policy, receipts, scopes, manager → finance approval, payment and postings', () => {
  let w: FinanceWorld;
  let gzClaimant: SignedInUser;
  let szClaimant: SignedInUser;
  let gzManager: SignedInUser;
  let szManager: SignedInUser;
  const today = beijingToday();

  const line = (amount: number, extra: Record<string, unknown> = {}) => ({
    expenseDate: today,
    category: 'travel',
    amount,
    description: '高铁 广州—深圳',
    ...extra,
  });
  const newClaim = async (who: SignedInUser, lines: unknown[], title = '11 月出差') =>
    (await w.t.http(who.auth).post('/api/v1/expense-claims').send({ title, lines }).expect(201))
      .body as ClaimBody;
  const act = (who: SignedInUser, id: string, action: string, body: object = {}) =>
    w.t.http(who.auth).post(`/api/v1/expense-claims/${id}/${action}`).send(body);
  /** Submitted and approved by the unit's manager: waiting for finance. */
  const atFinance = async (who: SignedInUser, manager: SignedInUser, lines: unknown[]) => {
    const claim = await newClaim(who, lines);
    await act(who, claim.id, 'submit').expect(200);
    await act(manager, claim.id, 'approve').expect(200);
    return claim;
  };
  const entriesOf = async (claimId: string) =>
    (
      await w.t
        .http(w.people.finance.auth)
        .get(`/api/v1/journal-entries?sourceType=expense_claim&sourceId=${claimId}`)
        .expect(200)
    ).body.data as Array<{ id: string; source: { purpose: string } }>;
  const outbox = async (type: string): Promise<Array<Record<string, unknown>>> =>
    (
      await w.t.app
        .get(TransactionalConnection)
        .manager.query(`SELECT payload FROM outbox_event WHERE type = $1 ORDER BY occurred_at`, [type])
    ).map((row: { payload: Record<string, unknown> }) => row.payload);

  beforeAll(async () => {
    w = await createFinanceWorld();
    const person = (role: 'customer-service-agent' | 'city-manager', unit: string) =>
      userWithRoles(w.t, w.admin, [{ role, orgUnitId: unit }], { orgUnitId: unit });
    gzClaimant = await person('customer-service-agent', w.tree.guangzhou);
    szClaimant = await person('customer-service-agent', w.tree.shenzhen);
    gzManager = await person('city-manager', w.tree.guangzhou);
    szManager = await person('city-manager', w.tree.shenzhen);
  }, 180_000);
  afterAll(() => w.t.close());

  it('lists the categories with their accounts and the policy; only finance changes the policy', async () => {
    const categories = await w.t.http(gzClaimant.auth).get('/api/v1/expense-categories').expect(200);
    expect(categories.body).toContainEqual(
      expect.objectContaining({
        code: 'marketing',
        departmentAccount: '6601',
        salesTerritoryAccount: '6601',
      }),
    );
    expect(categories.body).toContainEqual(
      expect.objectContaining({
        code: 'office_supplies',
        departmentAccount: '6602',
        salesTerritoryAccount: '6601',
      }),
    );
    const limits = await w.t.http(gzClaimant.auth).get('/api/v1/expense-policy-limits').expect(200);
    expect(limits.body).toContainEqual(
      expect.objectContaining({
        category: 'accommodation',
        grade: 'staff',
        basis: 'per_line',
        limit: 40_000,
      }),
    );
    const change = { category: 'training', grade: 'staff', basis: 'per_line', limit: 300_000 };
    await w.t.http(gzClaimant.auth).put('/api/v1/expense-policy-limits').send(change).expect(403);
    const set = await w.t
      .http(w.people.finance.auth)
      .put('/api/v1/expense-policy-limits')
      .send(change)
      .expect(200);
    expect(set.body).toEqual(expect.objectContaining({ ...change, currency: 'CNY' }));
    expectProblem(
      await w.t
        .http(w.people.finance.auth)
        .put('/api/v1/expense-policy-limits')
        .send({ ...change, limit: 1.5 }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('refuses a line over the policy limit without a justification, naming the line and the limit', async () => {
    const hotel = {
      expenseDate: today,
      category: 'accommodation',
      amount: 52_000,
      description: '广州酒店 1 晚',
    };
    const refused = expectProblem(
      await w.t
        .http(gzClaimant.auth)
        .post('/api/v1/expense-claims')
        .send({ title: '出差', lines: [line(5_000), hotel] }),
      422,
      'EXPENSE_OVER_LIMIT',
    );
    expect(refused.errors).toEqual([
      {
        field: 'lines.1.amount',
        message: expect.stringContaining('accommodation limit of ¥400.00 per line'),
      },
    ]);
    expectProblem(
      await w.t
        .http(gzClaimant.auth)
        .post('/api/v1/expense-claims')
        .send({ title: '出差', lines: [{ ...hotel, justification: 'ok' }] }),
      422,
      'EXPENSE_OVER_LIMIT',
    );
    const claim = await newClaim(gzClaimant, [
      line(5_000),
      { ...hotel, justification: '广交会期间全市酒店满房，仅此一家' },
    ]);
    expect(claim).toEqual(
      expect.objectContaining({
        number: expect.stringMatching(/^EX-\d{8}-\d{4}$/),
        status: 'draft',
        totalAmount: 57_000,
      }),
    );
    // A sales territory's costs are 销售费用.
    expect(claim.lines.map((l) => l.accountCode)).toEqual(['6601', '6601']);
    expectProblem(
      await w.t
        .http(gzClaimant.auth)
        .post('/api/v1/expense-claims')
        .send({ title: 'x', lines: [line(10.5)] }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('stores receipts (images and PDFs only) that only people who see the claim can read', async () => {
    const claim = await newClaim(gzClaimant, [line(3_000)]);
    const uploaded = await w.t
      .http(gzClaimant.auth)
      .post(`/api/v1/expense-claims/${claim.id}/attachments`)
      .attach('file', PDF, { filename: '发票.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(uploaded.body).toEqual(
      expect.objectContaining({ fileName: '发票.pdf', contentType: 'application/pdf' }),
    );
    expectProblem(
      await w.t
        .http(gzClaimant.auth)
        .post(`/api/v1/expense-claims/${claim.id}/attachments`)
        .attach('file', Buffer.from('hello'), { filename: 'note.txt', contentType: 'text/plain' }),
      400,
      'ATTACHMENT_REFUSED',
    );
    const list = await w.t
      .http(gzManager.auth)
      .get(`/api/v1/expense-claims/${claim.id}/attachments`)
      .expect(200);
    expect(list.body).toHaveLength(1);
    const file = await w.t
      .http(w.people.finance.auth)
      .get(`/api/v1/expense-attachments/${uploaded.body.id}/file`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
    await w.t.http(szClaimant.auth).get(`/api/v1/expense-attachments/${uploaded.body.id}/file`).expect(404);
    await w.t.http(szManager.auth).get(`/api/v1/expense-claims/${claim.id}/attachments`).expect(404);
  });

  it('shows employees their own claims, managers their unit’s, finance and the auditor all', async () => {
    const gz = await newClaim(gzClaimant, [line(1_000)]);
    const sz = await newClaim(szClaimant, [line(2_000)]);
    const ids = async (who: SignedInUser) =>
      (
        (await w.t.http(who.auth).get('/api/v1/expense-claims?limit=200').expect(200)).body
          .data as ClaimBody[]
      ).map((c) => c.id);
    expect(await ids(gzClaimant)).toContain(gz.id);
    expect(await ids(gzClaimant)).not.toContain(sz.id);
    expect(await ids(gzManager)).toContain(gz.id);
    expect(await ids(gzManager)).not.toContain(sz.id);
    expect(await ids(w.people.finance)).toEqual(expect.arrayContaining([gz.id, sz.id]));
    expect(await ids(w.people.auditor)).toEqual(expect.arrayContaining([gz.id, sz.id]));
    await w.t.http(szClaimant.auth).get(`/api/v1/expense-claims/${gz.id}`).expect(404);
    await w.t.http(szManager.auth).get(`/api/v1/expense-claims/${gz.id}`).expect(404);
    await w.t.http(gzManager.auth).get(`/api/v1/expense-claims/${gz.id}`).expect(200);
    // Only the claimant changes a claim; the auditor only reads.
    expectProblem(
      await w.t.http(gzManager.auth).patch(`/api/v1/expense-claims/${gz.id}`).send({ title: '改' }),
      422,
      'EXPENSE_CLAIM_NOT_YOURS',
    );
    await w.t
      .http(w.people.auditor.auth)
      .post('/api/v1/expense-claims')
      .send({ title: 'x', lines: [line(1)] })
      .expect(403);
    const page = await w.t
      .http(w.people.finance.auth)
      .get('/api/v1/expense-claims?limit=1&count=true')
      .expect(200);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    expect(page.body.total).toBeGreaterThanOrEqual(2);
  });

  it('filters claims by claimant and month within what the caller sees, refusing a malformed month', async () => {
    const gz = await newClaim(gzClaimant, [line(1_100)]);
    const sz = await newClaim(szClaimant, [line(1_200)]);
    const month = today.slice(0, 7);
    const ids = async (who: SignedInUser, query: string) =>
      (
        (await w.t.http(who.auth).get(`/api/v1/expense-claims?limit=200&${query}`).expect(200)).body
          .data as ClaimBody[]
      ).map((c) => c.id);
    const byGz = await ids(w.people.finance, `claimantId=${gzClaimant.id}&month=${month}`);
    expect(byGz).toContain(gz.id);
    expect(byGz).not.toContain(sz.id);
    expect(await ids(w.people.finance, `claimantId=${gzClaimant.id}&month=2001-01`)).toEqual([]);
    // The filter narrows the caller's scope; it never widens it.
    expect(await ids(gzManager, `claimantId=${szClaimant.id}`)).toEqual([]);
    const bad = await w.t.http(w.people.finance.auth).get('/api/v1/expense-claims?month=2026-13');
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(bad.body)).toContain('month');
  });

  it('goes through the manager, then finance, posts the expense once and pays it back once', async () => {
    const claim = await newClaim(gzClaimant, [line(12_000), line(8_000, { category: 'marketing' })]);
    const submitted = await act(gzClaimant, claim.id, 'submit').expect(200);
    expect(submitted.body.status).toBe('submitted');
    // Finance cannot skip the manager, and the claimant cannot approve their own claim.
    expectProblem(await act(w.people.finance, claim.id, 'approve'), 403, 'NOT_AN_APPROVER');
    await act(gzClaimant, claim.id, 'approve').expect(403);
    const afterManager = await act(gzManager, claim.id, 'approve', { comment: '同意' }).expect(200);
    expect(afterManager.body.status).toBe('submitted');
    await act(gzManager, claim.id, 'approve').expect(403);
    const approved = await act(w.people.finance, claim.id, 'approve').expect(200);
    expect(approved.body).toEqual(
      expect.objectContaining({ status: 'approved', approvedAt: expect.any(String) }),
    );
    expectProblem(
      await act(w.people.finance, claim.id, 'approve'),
      422,
      'EXPENSE_CLAIM_TRANSITION_NOT_ALLOWED',
    );

    const [approval] = await entriesOf(claim.id);
    const entry = await w.t
      .http(w.people.finance.auth)
      .get(`/api/v1/journal-entries/${approval.id}`)
      .expect(200);
    expect(
      entry.body.lines.map((l: { accountCode: string; debit: number; credit: number }) => [
        l.accountCode,
        l.debit,
        l.credit,
      ]),
    ).toEqual([
      ['6601', 12_000, 0],
      ['6601', 8_000, 0],
      ['224120', 0, 20_000],
    ]);
    // Posting again from the same claim (a redelivered event) answers the entry already there.
    const connection = w.t.app.get(TransactionalConnection);
    const row = await connection.manager.getRepository(ExpenseClaim).findOneByOrFail({ id: claim.id });
    const lines = await connection.manager.getRepository(ExpenseClaimLine).findBy({ claimId: claim.id });
    const again = await w.t.app.get(LedgerService).post(approvalPosting(row, lines, today));
    expect(again.created).toBe(false);
    expect(again.entry.id).toBe(approval.id);

    await w.t.http(gzManager.auth).post(`/api/v1/expense-claims/${claim.id}/pay`).send({}).expect(403);
    const paid = await w.t
      .http(w.people.finance.auth)
      .post(`/api/v1/expense-claims/${claim.id}/pay`)
      .send({ paymentReference: 'ICBC-0001' })
      .expect(200);
    expect(paid.body).toEqual(expect.objectContaining({ status: 'paid', paymentReference: 'ICBC-0001' }));
    expectProblem(
      await w.t.http(w.people.finance.auth).post(`/api/v1/expense-claims/${claim.id}/pay`).send({}),
      422,
      'EXPENSE_CLAIM_TRANSITION_NOT_ALLOWED',
    );
    const entries = await entriesOf(claim.id);
    expect(entries.map((e) => e.source.purpose).sort()).toEqual(['approval', 'payment']);
    expect(await outbox('ExpenseReimbursed')).toContainEqual(
      expect.objectContaining({
        claimId: claim.id,
        amount: 20_000,
        currency: 'CNY',
        paymentReference: 'ICBC-0001',
      }),
    );
    const history = await w.t
      .http(gzClaimant.auth)
      .get(`/api/v1/expense-claims/${claim.id}/history`)
      .expect(200);
    expect(history.body.map((h: { action: string }) => h.action)).toEqual([
      'created',
      'submitted',
      'approved by city-manager',
      'approved by finance',
      'paid',
    ]);
  });

  it('returns a claim for changes, lets the claimant fix and resubmit it, and rejects for good', async () => {
    const claim = await newClaim(gzClaimant, [line(4_000)]);
    await act(gzClaimant, claim.id, 'submit').expect(200);
    expectProblem(
      await w.t.http(gzClaimant.auth).patch(`/api/v1/expense-claims/${claim.id}`).send({ title: 'x' }),
      422,
      'EXPENSE_CLAIM_TRANSITION_NOT_ALLOWED',
    );
    expectProblem(await act(gzManager, claim.id, 'return', {}), 400, 'VALIDATION_FAILED');
    const returned = await act(gzManager, claim.id, 'return', { reason: '请补充发票' }).expect(200);
    expect(returned.body).toEqual(
      expect.objectContaining({ status: 'returned', decisionNote: '请补充发票' }),
    );
    const fixed = await w.t
      .http(gzClaimant.auth)
      .patch(`/api/v1/expense-claims/${claim.id}`)
      .set('If-Match', `"${returned.body.version}"`)
      .send({ lines: [line(3_500)] })
      .expect(200);
    expect(fixed.body.totalAmount).toBe(3_500);
    await w.t
      .http(gzClaimant.auth)
      .patch(`/api/v1/expense-claims/${claim.id}`)
      .set('If-Match', `"${returned.body.version}"`)
      .send({ title: 'stale' })
      .expect(412);
    await act(gzClaimant, claim.id, 'submit').expect(200);
    const rejected = await act(gzManager, claim.id, 'reject', { reason: '非公务支出' }).expect(200);
    expect(rejected.body.status).toBe('rejected');
    expectProblem(await act(gzClaimant, claim.id, 'submit'), 422, 'EXPENSE_CLAIM_TRANSITION_NOT_ALLOWED');
    expect(await entriesOf(claim.id)).toEqual([]);
  });

  it('pays a batch of approved claims all or nothing', async () => {
    const a = await atFinance(gzClaimant, gzManager, [line(1_100)]);
    const b = await atFinance(gzClaimant, gzManager, [line(2_200)]);
    await act(w.people.finance, a.id, 'approve').expect(200);
    const draft = await newClaim(gzClaimant, [line(999)]);
    expectProblem(
      await w.t
        .http(w.people.finance.auth)
        .post('/api/v1/expense-payments')
        .send({ claimIds: [a.id, draft.id] }),
      422,
      'EXPENSE_CLAIM_TRANSITION_NOT_ALLOWED',
    );
    await act(w.people.finance, b.id, 'approve').expect(200);
    const paid = await w.t
      .http(w.people.finance.auth)
      .post('/api/v1/expense-payments')
      .send({ claimIds: [a.id, b.id], paymentReference: 'BATCH-7' })
      .expect(200);
    expect(paid.body.map((c: ClaimBody) => c.status)).toEqual(['paid', 'paid']);
  });

  it('applies decisions made in the approvals inbox (ApprovalDecided) and posts them once', async () => {
    const claim = await atFinance(gzClaimant, gzManager, [line(6_600)]);
    const detail = await w.t.http(gzClaimant.auth).get(`/api/v1/expense-claims/${claim.id}`).expect(200);
    const inbox = await w.t.http(w.people.finance.auth).get('/api/v1/approval-requests/inbox').expect(200);
    expect(inbox.body.data.map((r: { id: string }) => r.id)).toContain(detail.body.approvalRequestId);
    await w.t
      .http(w.people.finance.auth)
      .post(`/api/v1/approval-requests/${detail.body.approvalRequestId}/decisions`)
      .send({ decision: 'approve' })
      .expect((r) => expect(r.status).toBeLessThan(300));
    await eventually(async () => {
      const now = await w.t.http(gzClaimant.auth).get(`/api/v1/expense-claims/${claim.id}`).expect(200);
      return now.body.status === 'approved';
    }, 'the inbox approval to reach the claim');
    expect((await entriesOf(claim.id)).map((e) => e.source.purpose)).toEqual(['approval']);
  });
});
