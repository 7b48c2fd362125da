import { expectProblem } from '@zhanggui/api-platform/testing';
import type { SignedInUser } from '@zhanggui/api-identity/testing';
import { beijingToday, createFinanceWorld, eventually, FinanceWorld } from '../testing/finance-world';
import { addDays } from './contract-dates';
import { ContractRemindersService } from './contract-reminders.service';

interface ContractBody {
  id: string;
  number: string;
  status: string;
  version: number;
  endsOn: string;
  approvalRequestId: string | null;
  decisionNote: string | null;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('economic contracts: record, approve, attach, terminate, expiry reminders', () => {
  let w: FinanceWorld;
  const today = beijingToday();
  const as = (who: SignedInUser) => w.t.http(who.auth);
  const finance = () => as(w.people.finance);
  const draftBody = (extra: Record<string, unknown> = {}) => ({
    title: '广州仓库租赁合同',
    kind: 'lease',
    counterpartyName: '广州市白云物流园有限公司',
    orgUnitId: w.tree.guangzhou,
    amount: 36_000_000,
    signedOn: today,
    startsOn: today,
    endsOn: addDays(today, 365),
    ...extra,
  });
  const draft = async (extra: Record<string, unknown> = {}) =>
    (await finance().post('/api/v1/contracts').send(draftBody(extra)).expect(201)).body as ContractBody;
  const read = async (id: string) =>
    (await finance().get(`/api/v1/contracts/${id}`).expect(200)).body as ContractBody;
  const decide = async (contract: ContractBody, decision: 'approve' | 'reject') => {
    const submitted = (await finance().post(`/api/v1/contracts/${contract.id}/submit`).expect(200))
      .body as ContractBody;
    expect(submitted.status).toBe('pending_approval');
    await as(w.people.generalManager)
      .post(`/api/v1/approval-requests/${submitted.approvalRequestId}/decisions`)
      .send({ decision, comment: decision === 'reject' ? '金额需复核' : undefined })
      .expect((r) => expect(r.status).toBeLessThan(300));
    const expected = decision === 'approve' ? 'active' : 'draft';
    return eventually(async () => {
      const now = await read(contract.id);
      return now.status === expected && now;
    }, `the contract to become ${expected}`);
  };
  const active = async (extra: Record<string, unknown> = {}) => decide(await draft(extra), 'approve');

  beforeAll(async () => {
    w = await createFinanceWorld();
  }, 180_000);
  afterAll(() => w.t.close());

  it('lets finance record a draft and finance, the general manager and the auditor read it; others are refused', async () => {
    const created = await finance().post('/api/v1/contracts').send(draftBody()).expect(201);
    expect(created.body).toMatchObject({
      number: expect.stringMatching(/^CT-\d{8}-\d{4}$/),
      status: 'draft',
      kind: 'lease',
      amount: 36_000_000,
      currency: 'CNY',
      ownerId: w.people.finance.id,
    });
    expect(created.headers.location).toBe(`/api/v1/contracts/${created.body.id}`);
    for (const reader of [w.people.generalManager, w.people.auditor]) {
      await as(reader).get(`/api/v1/contracts/${created.body.id}`).expect(200);
      const list = await as(reader).get('/api/v1/contracts').expect(200);
      expect(list.body.data.map((c: { id: string }) => c.id)).toContain(created.body.id);
    }
    for (const stranger of [w.people.agent, w.people.hr, w.people.salesManager]) {
      expectProblem(await as(stranger).get('/api/v1/contracts'), 403, 'FORBIDDEN');
      expectProblem(await as(stranger).get(`/api/v1/contracts/${created.body.id}`), 403, 'FORBIDDEN');
    }
    for (const readerOnly of [w.people.generalManager, w.people.auditor]) {
      expectProblem(await as(readerOnly).post('/api/v1/contracts').send(draftBody()), 403, 'FORBIDDEN');
      expectProblem(
        await as(readerOnly).post(`/api/v1/contracts/${created.body.id}/submit`),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await as(readerOnly).patch(`/api/v1/contracts/${created.body.id}`).send({ title: 'x' }),
        403,
        'FORBIDDEN',
      );
    }
    expectProblem(
      await finance().get('/api/v1/contracts/00000000-0000-7000-8000-000000000000'),
      404,
      'CONTRACT_NOT_FOUND',
    );
  });

  it('refuses invalid contracts with problems naming the field', async () => {
    const fieldsOf = (body: { errors?: Array<{ field: string }> }) => body.errors?.map((e) => e.field);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: '' }, 'title'],
      [{ kind: 'loan' }, 'kind'],
      [{ amount: 12.5 }, 'amount'],
      [{ amount: -1 }, 'amount'],
      [{ startsOn: '2026-13-01' }, 'startsOn'],
      [{ orgUnitId: 'nope' }, 'orgUnitId'],
      [{ currency: 'rmb' }, 'currency'],
    ];
    for (const [change, field] of cases) {
      const problem = expectProblem(
        await finance().post('/api/v1/contracts').send(draftBody(change)),
        400,
        'VALIDATION_FAILED',
      );
      expect(fieldsOf(problem)).toContain(field);
    }
    const backwards = expectProblem(
      await finance()
        .post('/api/v1/contracts')
        .send(draftBody({ startsOn: '2027-01-01', endsOn: '2026-12-31' })),
      400,
      'CONTRACT_DATES_INVALID',
    );
    expect(fieldsOf(backwards)).toEqual(['endsOn']);
    const unknownUnit = expectProblem(
      await finance()
        .post('/api/v1/contracts')
        .send(draftBody({ orgUnitId: '00000000-0000-7000-8000-000000000000' })),
      400,
      'CONTRACT_ORG_UNIT_UNKNOWN',
    );
    expect(fieldsOf(unknownUnit)).toEqual(['orgUnitId']);
  });

  it('changes drafts under If-Match, lists with filters and keyset pages, and keeps the history', async () => {
    const contract = await draft({ kind: 'franchise', title: '加盟合同 佛山南海店' });
    const changed = await finance()
      .patch(`/api/v1/contracts/${contract.id}`)
      .set('If-Match', `"${contract.version}"`)
      .send({ amount: 5_000_000, counterpartyName: '佛山南海 李先生' })
      .expect(200);
    expect(changed.body).toMatchObject({ amount: 5_000_000, counterpartyName: '佛山南海 李先生' });
    expectProblem(
      await finance()
        .patch(`/api/v1/contracts/${contract.id}`)
        .set('If-Match', `"${contract.version}"`)
        .send({ amount: 1 }),
      412,
      'STALE_VERSION',
    );
    const byKind = await finance().get('/api/v1/contracts?kind=franchise').expect(200);
    expect(byKind.body.data.map((c: { id: string }) => c.id)).toEqual([contract.id]);
    const bySearch = await finance()
      .get(`/api/v1/contracts?q=${encodeURIComponent('南海')}`)
      .expect(200);
    expect(bySearch.body.data.map((c: { id: string }) => c.id)).toEqual([contract.id]);
    const first = await finance().get('/api/v1/contracts?limit=1&status=draft').expect(200);
    expect(first.body.data).toHaveLength(1);
    const second = await finance()
      .get(`/api/v1/contracts?limit=1&status=draft&cursor=${encodeURIComponent(first.body.nextCursor)}`)
      .expect(200);
    expect(second.body.data[0].id).not.toBe(first.body.data[0].id);
    expectProblem(await finance().get('/api/v1/contracts?status=open'), 400, 'VALIDATION_FAILED');
    const history = await as(w.people.auditor).get(`/api/v1/contracts/${contract.id}/history`).expect(200);
    expect(history.body.map((h: { action: string }) => h.action)).toEqual(['created', 'changed']);
  });

  it('goes to the general manager for approval and applies the outcome from the approvals inbox', async () => {
    const contract = await draft();
    const approved = await decide(contract, 'approve');
    expect(approved.status).toBe('active');
    expectProblem(
      await finance().patch(`/api/v1/contracts/${contract.id}`).send({ title: '改' }),
      422,
      'CONTRACT_TRANSITION_NOT_ALLOWED',
    );
    expectProblem(
      await finance().post(`/api/v1/contracts/${contract.id}/submit`),
      422,
      'CONTRACT_TRANSITION_NOT_ALLOWED',
    );

    const refused = await decide(await draft(), 'reject');
    expect(refused.status).toBe('draft');
    expect(refused.decisionNote).toMatch(/rejected/);
    const history = await finance().get(`/api/v1/contracts/${refused.id}/history`).expect(200);
    expect(history.body.map((h: { action: string }) => h.action)).toEqual([
      'created',
      'submitted',
      'approval rejected',
    ]);
    // Changed and submitted again, it opens a new request.
    expect((await decide(refused, 'approve')).status).toBe('active');
  });

  it('terminates an active contract with a reason, and nothing after', async () => {
    const contract = await active();
    expectProblem(
      await finance().post(`/api/v1/contracts/${contract.id}/terminate`).send({}),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await as(w.people.generalManager)
        .post(`/api/v1/contracts/${contract.id}/terminate`)
        .send({ reason: 'x' }),
      403,
      'FORBIDDEN',
    );
    const ended = await finance()
      .post(`/api/v1/contracts/${contract.id}/terminate`)
      .send({ reason: '对方违约，协商解除' })
      .expect(200);
    expect(ended.body).toMatchObject({
      status: 'terminated',
      terminatedOn: today,
      decisionNote: '对方违约，协商解除',
    });
    const again = expectProblem(
      await finance().post(`/api/v1/contracts/${contract.id}/terminate`).send({ reason: '再次' }),
      422,
      'CONTRACT_TRANSITION_NOT_ALLOWED',
    );
    expect(again.errors?.map((e) => e.field)).toEqual(['status']);
  });

  it('keeps the signed files: finance uploads, readers list and download the same bytes', async () => {
    const contract = await draft();
    const uploaded = await finance()
      .post(`/api/v1/contracts/${contract.id}/attachments`)
      .attach('file', PDF, { filename: '合同扫描件.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(uploaded.body).toMatchObject({
      fileName: '合同扫描件.pdf',
      contentType: 'application/pdf',
      bytes: PDF.length,
    });
    const refused = expectProblem(
      await finance()
        .post(`/api/v1/contracts/${contract.id}/attachments`)
        .attach('file', Buffer.from('hello'), { filename: 'note.txt', contentType: 'text/plain' }),
      400,
      'ATTACHMENT_REFUSED',
    );
    expect(refused.errors?.map((e) => e.field)).toEqual(['file']);
    expectProblem(
      await as(w.people.auditor)
        .post(`/api/v1/contracts/${contract.id}/attachments`)
        .attach('file', PDF, { filename: 'x.pdf', contentType: 'application/pdf' }),
      403,
      'FORBIDDEN',
    );
    const list = await as(w.people.auditor).get(`/api/v1/contracts/${contract.id}/attachments`).expect(200);
    expect(list.body.map((a: { id: string }) => a.id)).toEqual([uploaded.body.id]);
    const file = await as(w.people.generalManager)
      .get(`/api/v1/contract-attachments/${uploaded.body.id}/file`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
    expect(file.headers['content-type']).toBe('application/pdf');
    expectProblem(
      await as(w.people.agent).get(`/api/v1/contract-attachments/${uploaded.body.id}/file`),
      403,
      'FORBIDDEN',
    );
    const history = await finance().get(`/api/v1/contracts/${contract.id}/history`).expect(200);
    expect(history.body.map((h: { action: string }) => h.action)).toContain('file attached');
  });

  it('filters contracts expiring soon, reminds once per threshold and expires those past their end', async () => {
    const soon = await active({ startsOn: addDays(today, -300), endsOn: addDays(today, 20) });
    const later = await active({ startsOn: addDays(today, -300), endsOn: addDays(today, 50) });
    const drafted = await draft({ startsOn: addDays(today, -300), endsOn: addDays(today, 10) });
    const within30 = await finance().get('/api/v1/contracts?expiringWithinDays=30&limit=100').expect(200);
    const ids30 = within30.body.data.map((c: { id: string }) => c.id);
    expect(ids30).toContain(soon.id);
    expect(ids30).not.toContain(later.id);
    expect(ids30).not.toContain(drafted.id);
    expectProblem(await finance().get('/api/v1/contracts?expiringWithinDays=-1'), 400, 'VALIDATION_FAILED');

    const reminders = w.t.app.get(ContractRemindersService);
    const expiring = async (id: string) =>
      (
        await w.t.dataSource.query(
          `SELECT payload FROM outbox_event WHERE type = 'ContractExpiring' AND payload->>'contractId' = $1 ORDER BY id`,
          [id],
        )
      ).map((row: { payload: Record<string, unknown> }) => row.payload);
    await reminders.run(today);
    await reminders.run(today);
    expect(await expiring(soon.id)).toEqual([
      expect.objectContaining({ daysLeft: 20, endsOn: soon.endsOn, number: soon.number }),
    ]);
    expect(await expiring(later.id)).toEqual([]);
    expect(await expiring(drafted.id)).toEqual([]);
    // 15 days on, the sooner one crosses the 7-day threshold; the later one (35 days left) none yet.
    await reminders.run(addDays(today, 15));
    const daysLeft = async (id: string) =>
      (await expiring(id)).map((p: Record<string, unknown>) => p.daysLeft);
    expect(await daysLeft(soon.id)).toEqual([20, 5]);
    expect(await daysLeft(later.id)).toEqual([]);
    // 21 days on, the sooner one is past its end and expires; the later one crosses 30 days.
    const result = await reminders.run(addDays(today, 21));
    expect(result.expired).toBeGreaterThanOrEqual(1);
    expect(await daysLeft(later.id)).toEqual([29]);
    expect((await read(soon.id)).status).toBe('expired');
    expect((await read(later.id)).status).toBe('active');
    const history = await finance().get(`/api/v1/contracts/${soon.id}/history`).expect(200);
    expect(history.body.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(['expiry reminder', 'expired']),
    );
  });
});
