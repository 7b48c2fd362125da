import { beijingDate } from '@zhanggui/api-platform';
import { expectProblem } from '@zhanggui/api-platform/testing';
import { addDays } from '../shared/dates';
import { createEmployee, createHrWorld, eventsOf, HrWorld } from '../testing/hr-fixtures';
import { LabourContractsService } from './labour-contracts.service';

describe('labour contracts: sign, renew, terminate, expiring, reminders', () => {
  let w: HrWorld;
  beforeAll(async () => {
    w = await createHrWorld();
  }, 60_000);
  afterAll(() => w.t.close());

  const as = (who: keyof HrWorld['people']) => w.t.http(w.people[who].auth);
  const today = beijingDate(new Date());

  it('records a contract, one active per employee, and validates dates by type', async () => {
    const employee = await createEmployee(w, w.org.sales);
    const created = await as('hr')
      .post('/api/v1/labour-contracts')
      .send({
        employeeId: employee.id,
        type: 'fixed_term',
        startsOn: '2026-09-01',
        endsOn: '2029-08-31',
        probationMonths: 3,
      })
      .expect(201);
    expect(created.body).toMatchObject({
      number: expect.stringMatching(/^LC-\d{8}-\d{4}$/),
      status: 'active',
      endsOn: '2029-08-31',
    });
    expect(created.headers.location).toBe(`/api/v1/labour-contracts/${created.body.id}`);
    expectProblem(
      await as('hr')
        .post('/api/v1/labour-contracts')
        .send({ employeeId: employee.id, type: 'open_ended', startsOn: '2026-10-01' }),
      409,
      'LABOUR_CONTRACT_ACTIVE',
    );
    const other = await createEmployee(w, w.org.sales);
    const noEnd = expectProblem(
      await as('hr')
        .post('/api/v1/labour-contracts')
        .send({ employeeId: other.id, type: 'fixed_term', startsOn: '2026-10-01' }),
      400,
      'CONTRACT_DATES_INVALID',
    );
    expect(noEnd.errors).toEqual([{ field: 'endsOn', message: 'is required' }]);
    expectProblem(
      await as('hr')
        .post('/api/v1/labour-contracts')
        .send({ employeeId: other.id, type: 'open_ended', startsOn: '2026-10-01', endsOn: '2027-10-01' }),
      400,
      'CONTRACT_DATES_INVALID',
    );
    expectProblem(
      await as('hr')
        .post('/api/v1/labour-contracts')
        .send({ employeeId: other.id, type: 'lifetime', startsOn: '2026-10-01' }),
      400,
      'VALIDATION_FAILED',
    );
    // HR only: a unit manager and the general manager do not see contracts.
    await as('salesManager').get(`/api/v1/labour-contracts/${created.body.id}`).expect(403);
    await as('salesManager').post('/api/v1/labour-contracts').send({}).expect(403);
  });

  it('renews a fixed-term contract (the old one becomes renewed) and terminates the new one', async () => {
    const employee = await createEmployee(w, w.org.sales);
    const first = await as('hr')
      .post('/api/v1/labour-contracts')
      .send({ employeeId: employee.id, type: 'fixed_term', startsOn: '2024-01-01', endsOn: '2026-12-31' })
      .expect(201);
    const renewed = await as('hr')
      .post(`/api/v1/labour-contracts/${first.body.id}/renewal`)
      .send({ type: 'open_ended' })
      .expect(201);
    expect(renewed.body).toMatchObject({
      status: 'active',
      startsOn: '2027-01-01',
      endsOn: null,
      daysLeft: null,
      renewedFromId: first.body.id,
    });
    expect((await as('hr').get(`/api/v1/labour-contracts/${first.body.id}`).expect(200)).body.status).toBe(
      'renewed',
    );
    expectProblem(
      await as('hr')
        .post(`/api/v1/labour-contracts/${first.body.id}/renewal`)
        .send({ type: 'fixed_term', endsOn: '2030-01-01' }),
      422,
      'LABOUR_CONTRACT_NOT_ACTIVE',
    );
    expectProblem(
      await as('hr').post(`/api/v1/labour-contracts/${renewed.body.id}/renewal`).send({ type: 'open_ended' }),
      409,
      'LABOUR_CONTRACT_OPEN_ENDED',
    );
    const ended = await as('hr')
      .post(`/api/v1/labour-contracts/${renewed.body.id}/termination`)
      .send({ terminatedOn: '2027-06-30', reason: '协商一致解除' })
      .expect(200);
    expect(ended.body).toMatchObject({ status: 'terminated', terminatedOn: '2027-06-30' });
    expectProblem(
      await as('hr')
        .post(`/api/v1/labour-contracts/${renewed.body.id}/termination`)
        .send({ terminatedOn: '2027-06-30', reason: 'again' }),
      422,
      'LABOUR_CONTRACT_NOT_ACTIVE',
    );

    const list = await as('hr').get(`/api/v1/labour-contracts?employeeId=${employee.id}`).expect(200);
    expect(list.body.data.map((c: { id: string }) => c.id)).toEqual([renewed.body.id, first.body.id]);
    const history = await as('hr').get(`/api/v1/employees/${employee.id}/history`).expect(200);
    expect(history.body.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(['contract-signed', 'contract-renewed', 'contract-terminated']),
    );
  });

  it('lists contracts expiring within N days and reminds once per threshold, however often the job runs', async () => {
    const soon = await createEmployee(w, w.org.cs);
    const later = await createEmployee(w, w.org.cs);
    const soonContract = (
      await as('hr')
        .post('/api/v1/labour-contracts')
        .send({ employeeId: soon.id, type: 'fixed_term', startsOn: '2024-01-01', endsOn: addDays(today, 20) })
        .expect(201)
    ).body;
    const laterContract = (
      await as('hr')
        .post('/api/v1/labour-contracts')
        .send({
          employeeId: later.id,
          type: 'fixed_term',
          startsOn: '2024-01-01',
          endsOn: addDays(today, 50),
        })
        .expect(201)
    ).body;
    const within30 = await as('hr').get('/api/v1/labour-contracts/expiring?withinDays=30').expect(200);
    const ids30 = within30.body.data.map((c: { id: string }) => c.id);
    expect(ids30).toContain(soonContract.id);
    expect(ids30).not.toContain(laterContract.id);
    const within60 = await as('hr').get('/api/v1/labour-contracts/expiring?withinDays=60').expect(200);
    const row = within60.body.data.find((c: { id: string }) => c.id === soonContract.id);
    expect(row.daysLeft).toBe(20);
    expect(within60.body.data.map((c: { id: string }) => c.id)).toContain(laterContract.id);
    expectProblem(
      await as('hr').get('/api/v1/labour-contracts/expiring?withinDays=-1'),
      400,
      'VALIDATION_FAILED',
    );

    const service = w.t.app.get(LabourContractsService);
    await service.remind(today);
    await service.remind(today);
    expect(await eventsOf(w, 'LabourContractExpiring', 'contractId', soonContract.id)).toEqual([
      expect.objectContaining({ daysLeft: 20, endsOn: addDays(today, 20), employeeId: soon.id }),
    ]);
    expect(await eventsOf(w, 'LabourContractExpiring', 'contractId', laterContract.id)).toEqual([
      expect.objectContaining({ daysLeft: 50 }),
    ]);
    // 25 days later the later contract crosses the 30-day threshold: a second, last reminder.
    await service.remind(addDays(today, 25));
    await service.remind(addDays(today, 26));
    expect(await eventsOf(w, 'LabourContractExpiring', 'contractId', laterContract.id)).toHaveLength(2);
    // Past its end date the contract has ended.
    await service.remind(addDays(today, 21));
    expect((await as('hr').get(`/api/v1/labour-contracts/${soonContract.id}`).expect(200)).body.status).toBe(
      'ended',
    );
    const history = await as('hr').get(`/api/v1/labour-contracts/${soonContract.id}/history`).expect(200);
    expect(history.body.map((h: { action: string }) => h.action)).toEqual([
      'contract-signed',
      'renewal-reminder',
      'contract-ended',
    ]);
  });
});
