import { randomUUID } from 'node:crypto';
import { expectProblem } from '@zhanggui/api-platform/testing';
import { createFinanceWorld, FinanceWorld } from '../testing/finance-world';

interface EntryView {
  lines: Array<{ accountCode: string; debit: number; credit: number }>;
}

describe('fixed assets: register, depreciate, transfer, dispose', () => {
  let w: FinanceWorld;
  let custodian: string;
  let successor: string;
  let leaver: string;
  const asset = {
    name: '联想 ThinkPad X1',
    category: 'electronics',
    cost: 1_000_000,
    residualValue: 40_000,
    usefulLifeMonths: 36,
    inServiceDate: '2026-09-15',
    custodianEmployeeId: '',
    location: '上海总部 3F',
  };

  /** Custodians are real employees, hired through HR on one position of the sales unit. */
  let positionId: string | undefined;
  const hire = async (name: string) => {
    const hr = w.t.http(w.people.hr.auth);
    if (!positionId) {
      const position = await hr
        .post('/api/v1/positions')
        .send({ code: `FA-${process.pid}`, title: '行政专员', orgUnitId: w.tree.sales, duties: '资产保管' })
        .expect(201);
      positionId = position.body.id as string;
      await hr.put(`/api/v1/positions/${positionId}/headcount/2026`).send({ planned: 10 }).expect(200);
    }
    const hired = await hr
      .post('/api/v1/employees')
      .send({ name, positionId, hireDate: '2024-01-01', status: 'regular' })
      .expect(201);
    return { id: hired.body.id as string, number: hired.body.number as string, name };
  };

  beforeAll(async () => {
    w = await createFinanceWorld();
    custodian = (await hire('资产保管员甲')).id;
    successor = (await hire('资产保管员乙')).id;
    leaver = (await hire('已离职员工')).id;
    // Leaving takes HR's whole personnel process; its end state is all this file needs.
    await w.t.dataSource.query(`UPDATE employee SET status = 'left' WHERE id = $1`, [leaver]);
    asset.custodianEmployeeId = custodian;
  }, 120_000);
  afterAll(() => w.t.close());

  const finance = () => w.t.http(w.people.finance.auth);
  const entries = async (sourceId: string) => {
    const list = await finance().get(`/api/v1/journal-entries?sourceType=fixed_asset&sourceId=${sourceId}`);
    expect(list.status).toBe(200);
    return Promise.all(
      list.body.data.map(
        async (e: { id: string; source: { purpose: string } }) =>
          [
            e.source.purpose,
            (
              (await finance().get(`/api/v1/journal-entries/${e.id}`).expect(200)).body as EntryView
            ).lines.map((l) => [l.accountCode, l.debit, l.credit]),
          ] as const,
      ),
    );
  };

  it('registers an asset and posts its purchase', async () => {
    const created = await finance().post('/api/v1/fixed-assets').send(asset).expect(201);
    expect(created.headers.location).toBe(`/api/v1/fixed-assets/${created.body.id}`);
    expect(created.body).toMatchObject({
      number: expect.stringMatching(/^FA-\d{8}-\d{4}$/),
      status: 'in_service',
      netBookValue: 1_000_000,
      accumulatedDepreciation: 0,
    });
    expect(await entries(created.body.id)).toEqual([
      [
        'acquisition',
        [
          ['1601', 1_000_000, 0],
          ['1002', 0, 1_000_000],
        ],
      ],
    ]);
  });

  it('refuses a residual value at or above cost, naming the field', async () => {
    const response = await finance()
      .post('/api/v1/fixed-assets')
      .send({ ...asset, residualValue: 1_000_000 });
    expectProblem(response, 422, 'FIXED_ASSET_RESIDUAL_TOO_HIGH');
    expect(response.body.errors[0].field).toBe('residualValue');
    expectProblem(
      await finance()
        .post('/api/v1/fixed-assets')
        .send({ ...asset, usefulLifeMonths: 0 }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('depreciates each asset once per month, from the month after it entered service', async () => {
    const created = (await finance().post('/api/v1/fixed-assets').send(asset).expect(201)).body;
    // September: the month it entered service — not depreciated.
    const september = await finance()
      .post('/api/v1/depreciation-runs')
      .send({ period: '2026-09' })
      .expect(200);
    expect(september.body.period).toBe('2026-09');
    let card = (await finance().get(`/api/v1/fixed-assets/${created.id}`).expect(200)).body;
    expect(card.monthsDepreciated).toBe(0);

    const october = await finance().post('/api/v1/depreciation-runs').send({ period: '2026-10' }).expect(200);
    expect(october.body.assetsDepreciated).toBeGreaterThanOrEqual(1);
    const again = await finance().post('/api/v1/depreciation-runs').send({ period: '2026-10' }).expect(200);
    expect(again.body).toMatchObject({ assetsDepreciated: 0, amount: 0 });
    expect(again.body.alreadyDone).toBeGreaterThanOrEqual(1);

    card = (await finance().get(`/api/v1/fixed-assets/${created.id}`).expect(200)).body;
    expect(card).toMatchObject({
      monthsDepreciated: 1,
      accumulatedDepreciation: 26_666,
      netBookValue: 973_334,
    });
    const posted = await entries(created.id);
    expect(posted).toContainEqual([
      'depreciation:2026-10',
      [
        ['6602', 26_666, 0],
        ['1602', 0, 26_666],
      ],
    ]);
    expect(posted.filter(([purpose]) => purpose.startsWith('depreciation'))).toHaveLength(1);
    expectProblem(
      await finance().post('/api/v1/depreciation-runs').send({ period: '2026-13' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('transfers between custodians with history, honouring If-Match', async () => {
    const created = (await finance().post('/api/v1/fixed-assets').send(asset).expect(201)).body;
    expectProblem(
      await finance()
        .post(`/api/v1/fixed-assets/${created.id}/transfer`)
        .set('If-Match', '"99"')
        .send({ toEmployeeId: successor, transferredOn: '2026-11-01', reason: '岗位调动' }),
      412,
      'STALE_VERSION',
    );
    const moved = await finance()
      .post(`/api/v1/fixed-assets/${created.id}/transfer`)
      .set('If-Match', `"${created.version}"`)
      .send({
        toEmployeeId: successor,
        toLocation: '北京分公司',
        transferredOn: '2026-11-01',
        reason: '岗位调动',
      })
      .expect(200);
    expect(moved.body).toMatchObject({ custodianEmployeeId: successor, location: '北京分公司' });
    const history = await finance().get(`/api/v1/fixed-assets/${created.id}/transfers`).expect(200);
    expect(history.body).toEqual([
      expect.objectContaining({
        fromEmployeeId: custodian,
        toEmployeeId: successor,
        fromLocation: '上海总部 3F',
        toLocation: '北京分公司',
        transferredOn: '2026-11-01',
        reason: '岗位调动',
      }),
    ]);
    const list = await finance().get(`/api/v1/fixed-assets?custodianEmployeeId=${successor}`).expect(200);
    expect(list.body.data.map((a: { id: string }) => a.id)).toEqual([created.id]);
  });

  it('disposes with the loss posted to 资产处置损益, and then refuses changes', async () => {
    const created = (
      await finance()
        .post('/api/v1/fixed-assets')
        .send({ ...asset, inServiceDate: '2026-01-10' })
        .expect(201)
    ).body;
    await finance().post('/api/v1/depreciation-runs').send({ period: '2026-02' }).expect(200);
    const disposed = await finance()
      .post(`/api/v1/fixed-assets/${created.id}/dispose`)
      .send({ disposedOn: '2026-11-20', proceeds: 900_000, reason: '出售' })
      .expect(200);
    expect(disposed.body).toMatchObject({ status: 'disposed', disposalProceeds: 900_000 });
    // Net book value 973,334; sold for 900,000: a loss of 73,334.
    expect(await entries(created.id)).toContainEqual([
      'disposal',
      [
        ['1602', 26_666, 0],
        ['1002', 900_000, 0],
        ['6115', 73_334, 0],
        ['1601', 0, 1_000_000],
      ],
    ]);
    expectProblem(
      await finance()
        .post(`/api/v1/fixed-assets/${created.id}/dispose`)
        .send({ disposedOn: '2026-11-20', proceeds: 0, reason: '再次' }),
      422,
      'FIXED_ASSET_DISPOSED',
    );
    const disposedList = await finance().get('/api/v1/fixed-assets?status=disposed').expect(200);
    expect(disposedList.body.data.map((a: { id: string }) => a.id)).toContain(created.id);
  });

  it('hands assets only to current employees, naming the field', async () => {
    for (const id of [randomUUID(), leaver]) {
      const refused = await finance()
        .post('/api/v1/fixed-assets')
        .send({ ...asset, custodianEmployeeId: id });
      expectProblem(refused, 422, 'FIXED_ASSET_CUSTODIAN_UNKNOWN');
      expect(refused.body.errors[0].field).toBe('custodianEmployeeId');
    }
    const created = (await finance().post('/api/v1/fixed-assets').send(asset).expect(201)).body;
    const refused = await finance()
      .post(`/api/v1/fixed-assets/${created.id}/transfer`)
      .send({ toEmployeeId: leaver, transferredOn: '2026-11-01', reason: '交接' });
    expectProblem(refused, 422, 'FIXED_ASSET_CUSTODIAN_UNKNOWN');
    expect(refused.body.errors[0].field).toBe('toEmployeeId');
    const unchanged = await finance().get(`/api/v1/fixed-assets/${created.id}`).expect(200);
    expect(unchanged.body.custodianEmployeeId).toBe(custodian);
  });

  it('finds and names custodians for finance, who reads no personnel files', async () => {
    const person = await hire('资产管理员');
    expectProblem(await finance().get(`/api/v1/employees/${person.id}`), 403, 'FORBIDDEN');

    const found = await finance().get(`/api/v1/fixed-assets/custodians?q=${encodeURIComponent('资产管理')}`);
    expect(found.status).toBe(200);
    expect(found.body).toEqual([person]);
    const named = await finance()
      .get(`/api/v1/fixed-assets/custodians?ids=${person.id},${randomUUID()}`)
      .expect(200);
    expect(named.body).toEqual([person]);

    const invalid = await finance().get('/api/v1/fixed-assets/custodians?ids=not-an-id');
    expectProblem(invalid, 400, 'VALIDATION_FAILED');
    expect(invalid.body.errors[0].field).toBe('ids');
  });

  it('answers 404 for an unknown asset', async () => {
    expectProblem(await finance().get(`/api/v1/fixed-assets/${randomUUID()}`), 404, 'FIXED_ASSET_NOT_FOUND');
  });

  it('is finance’s alone', async () => {
    for (const person of ['agent', 'hr', 'productManager', 'salesManager'] as const) {
      const http = w.t.http(w.people[person].auth);
      expectProblem(await http.get('/api/v1/fixed-assets'), 403, 'FORBIDDEN');
      expectProblem(await http.get('/api/v1/fixed-assets/custodians?q=王'), 403, 'FORBIDDEN');
      expectProblem(await http.post('/api/v1/fixed-assets').send(asset), 403, 'FORBIDDEN');
      expectProblem(
        await http.post('/api/v1/depreciation-runs').send({ period: '2026-10' }),
        403,
        'FORBIDDEN',
      );
    }
  });
});
