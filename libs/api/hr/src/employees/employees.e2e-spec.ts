import { countQueries, expectProblem } from '@zhanggui/api-platform/testing';
import {
  createEmployee,
  createHrWorld,
  createPosition,
  decide,
  eventually,
  HrWorld,
} from '../testing/hr-fixtures';

describe('personnel files: create, update, part-time positions, documents by level, list cost', () => {
  let w: HrWorld;
  beforeAll(async () => {
    w = await createHrWorld();
  }, 60_000);
  afterAll(() => w.t.close());

  const as = (who: keyof HrWorld['people']) => w.t.http(w.people[who].auth);

  it('HR opens a file with sealed personal data, validates input and updates with If-Match', async () => {
    const position = await createPosition(w, w.org.sales, 3);
    const created = await as('hr')
      .post('/api/v1/employees')
      .send({
        name: ' 王五 ',
        positionId: position.id,
        hireDate: '2026-10-01',
        idNumber: '44010619900101123x',
        bankAccount: '6225880000009876',
        salary: 900000,
        education: [{ school: '中山大学', degree: '本科', from: '2012-09', to: '2016-06' }],
        emergencyContact: { name: '王母', relation: '母亲', phone: '13800000001' },
      })
      .expect(201);
    expect(created.headers.location).toBe(`/api/v1/employees/${created.body.id}`);
    expect(created.body).toMatchObject({
      name: '王五',
      status: 'probation',
      probationEndDate: '2027-01-01',
      idNumber: '44010619900101123X',
      orgUnitId: w.org.sales,
      positions: [
        expect.objectContaining({ positionId: position.id, isPrimary: true, startedOn: '2026-10-01' }),
      ],
    });
    const invalid = expectProblem(
      await as('hr')
        .post('/api/v1/employees')
        .send({ name: '', positionId: 'nope', hireDate: '2026-13-01', idNumber: '123' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(invalid.errors!.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['name', 'positionId', 'hireDate', 'idNumber']),
    );
    await as('salesManager')
      .post('/api/v1/employees')
      .send({ name: 'x', positionId: position.id, hireDate: '2026-10-01' })
      .expect(403);

    const updated = await as('hr')
      .patch(`/api/v1/employees/${created.body.id}`)
      .set('If-Match', `"${created.body.version}"`)
      .send({ phone: '13900000002', bankAccount: '6225880000001111' })
      .expect(200);
    expect(updated.body).toMatchObject({ phone: '13900000002', bankAccount: '6225880000001111' });
    expectProblem(
      await as('hr')
        .patch(`/api/v1/employees/${created.body.id}`)
        .set('If-Match', `"${created.body.version}"`)
        .send({ phone: '13900000003' }),
      412,
      'STALE_VERSION',
    );
    const masked = await as('salesManager').get(`/api/v1/employees/${created.body.id}`).expect(200);
    expect(masked.body).toMatchObject({ bankAccount: '************1111', piiMasked: true, salary: null });
    expect(masked.text).not.toContain('6225880000001111');
  });

  it('holds part-time positions (兼职) beside the primary one and ends them', async () => {
    const employee = await createEmployee(w, w.org.sales);
    const second = await createPosition(w, w.org.cs, 2);
    const added = await as('hr')
      .post(`/api/v1/employees/${employee.id}/positions`)
      .send({ positionId: second.id, startedOn: '2026-11-01' })
      .expect(201);
    const partTime = added.body.positions.find((p: { positionId: string }) => p.positionId === second.id);
    expect(partTime).toMatchObject({ isPrimary: false, endedOn: null });
    expectProblem(
      await as('hr')
        .post(`/api/v1/employees/${employee.id}/positions`)
        .send({ positionId: second.id, startedOn: '2026-11-02' }),
      422,
      'POSITION_ALREADY_HELD',
    );
    const primary = added.body.positions.find((p: { isPrimary: boolean }) => p.isPrimary);
    expectProblem(
      await as('hr')
        .post(`/api/v1/employees/${employee.id}/positions/${primary.id}/end`)
        .send({ endedOn: '2026-12-31' }),
      422,
      'PRIMARY_POSITION',
    );
    const ended = await as('hr')
      .post(`/api/v1/employees/${employee.id}/positions/${partTime.id}/end`)
      .send({ endedOn: '2026-12-31' })
      .expect(200);
    expect(ended.body.positions.find((p: { id: string }) => p.id === partTime.id).endedOn).toBe('2026-12-31');
    // The primary unit decides the data scope: the customer-service lead does not see this file.
    await as('csLead').get(`/api/v1/employees/${employee.id}`).expect(404);
  });

  it('a unit manager sees only their own unit’s employees, in the list and the file, personal data masked', async () => {
    const own = await createEmployee(w, w.org.sales, {
      phone: '13800001111',
      idNumber: '440106199001011234',
      bankAccount: '6225880000002222',
    });
    const other = await createEmployee(w, w.org.cs);
    const list = await as('salesManager').get('/api/v1/employees?limit=100').expect(200);
    const ids = list.body.data.map((e: { id: string }) => e.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(other.id);
    expectProblem(await as('salesManager').get(`/api/v1/employees/${other.id}`), 404, 'EMPLOYEE_NOT_FOUND');
    const file = await as('salesManager').get(`/api/v1/employees/${own.id}`).expect(200);
    expect(file.body).toMatchObject({ piiMasked: true, salary: null });
    expect(file.text).not.toContain('440106199001011234');
    expect(file.text).not.toContain('6225880000002222');
  });

  it('uploads documents as multipart and opens each level only to the roles allowed', async () => {
    const employee = await createEmployee(w, w.org.sales);
    const upload = (level: string, body = `${level} content`) =>
      as('hr')
        .post(
          `/api/v1/employees/${employee.id}/documents?kind=contract&title=${encodeURIComponent(`文件 ${level}`)}&confidentiality=${level}`,
        )
        .attach('file', Buffer.from(body), `${level}.txt`)
        .expect(201);
    const docs = {
      internal: (await upload('internal')).body,
      confidential: (await upload('confidential')).body,
      secret: (await upload('secret')).body,
    };
    expect(docs.secret).toMatchObject({ fileName: 'secret.txt', size: 14, confidentiality: 'secret' });

    const readable = async (who: keyof HrWorld['people']) =>
      (await as(who).get(`/api/v1/employees/${employee.id}/documents`).expect(200)).body.map(
        (d: { confidentiality: string }) => d.confidentiality,
      );
    expect(await readable('hr')).toEqual(['internal', 'confidential', 'secret']);
    expect(await readable('generalManager')).toEqual(['internal', 'confidential']);
    expect(await readable('salesManager')).toEqual(['internal']);

    const file = await as('hr')
      .get(`/api/v1/employees/${employee.id}/documents/${docs.secret.id}/file`)
      .expect(200);
    expect(file.text).toBe('secret content');
    expect(file.headers['cache-control']).toBe('private, no-store');
    await as('generalManager')
      .get(`/api/v1/employees/${employee.id}/documents/${docs.confidential.id}/file`)
      .expect(200);
    expectProblem(
      await as('generalManager').get(`/api/v1/employees/${employee.id}/documents/${docs.secret.id}/file`),
      404,
      'EMPLOYEE_DOCUMENT_NOT_FOUND',
    );
    expectProblem(
      await as('salesManager').get(`/api/v1/employees/${employee.id}/documents/${docs.confidential.id}/file`),
      404,
      'EMPLOYEE_DOCUMENT_NOT_FOUND',
    );
    await as('salesManager')
      .get(`/api/v1/employees/${employee.id}/documents/${docs.internal.id}/file`)
      .expect(200);

    expectProblem(
      await as('hr')
        .post(`/api/v1/employees/${employee.id}/documents?kind=contract&title=x&confidentiality=internal`)
        .send({ not: 'multipart' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expectProblem(
      await as('hr')
        .post(`/api/v1/employees/${employee.id}/documents?kind=contract&title=x&confidentiality=top`)
        .attach('file', Buffer.from('x'), 'x.txt'),
      400,
      'VALIDATION_FAILED',
    );
    await as('salesManager')
      .post(`/api/v1/employees/${employee.id}/documents?kind=contract&title=x&confidentiality=internal`)
      .attach('file', Buffer.from('x'), 'x.txt')
      .expect(403);
  });

  it('lists employees and candidates with a query count that does not grow with rows, and no OFFSET', async () => {
    const position = await createPosition(w, w.org.sales, 20);
    for (let i = 0; i < 6; i++) await createEmployee(w, w.org.sales, { positionId: position.id });
    const few = await countQueries(w.t, (http) =>
      http(w.people.hr.auth).get('/api/v1/employees?limit=2').expect(200),
    );
    const many = await countQueries(w.t, (http) =>
      http(w.people.hr.auth).get('/api/v1/employees?limit=20').expect(200),
    );
    expect(many.result.body.data.length).toBeGreaterThan(few.result.body.data.length);
    expect(many.count).toBe(few.count);
    expect(many.statements.join('\n')).not.toMatch(/OFFSET|count\(/i);
    const next = await as('hr')
      .get(`/api/v1/employees?limit=2&cursor=${few.result.body.nextCursor}`)
      .expect(200);
    expect(next.body.data[0].number > few.result.body.data[1].number).toBe(true);

    const request = await as('salesManager')
      .post('/api/v1/hiring-requests')
      .send({ positionId: position.id, headcount: 5, period: '2026', reason: '扩张' })
      .expect(201);
    await decide(w, request.body.approvalRequestId, ['generalManager', 'hr']);
    await eventually(async () =>
      expect((await as('hr').get(`/api/v1/hiring-requests/${request.body.id}`)).body.status).toBe('approved'),
    );
    for (let i = 0; i < 6; i++)
      await as('hr')
        .post('/api/v1/candidates')
        .send({ hiringRequestId: request.body.id, name: `候选人${i}` })
        .expect(201);
    const url = (limit: number) => `/api/v1/candidates?hiringRequestId=${request.body.id}&limit=${limit}`;
    const fewC = await countQueries(w.t, (http) => http(w.people.salesManager.auth).get(url(2)).expect(200));
    const manyC = await countQueries(w.t, (http) =>
      http(w.people.salesManager.auth).get(url(20)).expect(200),
    );
    expect(manyC.result.body.data).toHaveLength(6);
    expect(manyC.count).toBe(fewC.count);
    expect(manyC.statements.join('\n')).not.toMatch(/OFFSET|count\(/i);
    expect((await as('csLead').get(url(20)).expect(200)).body.data).toEqual([]);
  });
});
