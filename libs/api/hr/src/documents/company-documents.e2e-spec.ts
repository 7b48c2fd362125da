import { countQueries, expectProblem } from '@zhanggui/api-platform/testing';
import { createHrWorld, HrWorld } from '../testing/hr-fixtures';

describe('company documents archive', () => {
  let w: HrWorld;
  beforeAll(async () => {
    w = await createHrWorld();
  }, 60_000);
  afterAll(() => w.t.close());
  const as = (who: keyof HrWorld['people']) => w.t.http(w.people[who].auth);

  it('files documents by level and opens each level only to the roles allowed', async () => {
    const upload = (level: string) =>
      as('hr')
        .post(
          `/api/v1/company-documents?category=policy&title=${encodeURIComponent(`${level} 制度`)}&confidentiality=${level}`,
        )
        .attach('file', Buffer.from(`${level} content`), `${level}.txt`);
    const docs: Record<string, { id: string; number: string }> = {};
    for (const level of ['public', 'internal', 'confidential', 'secret']) {
      const res = await upload(level).expect(201);
      docs[level] = res.body;
    }
    expect(docs.public.number).toMatch(/^DOC-\d{8}-\d{4}$/);
    await as('editor')
      .post('/api/v1/company-documents?category=policy&title=x&confidentiality=public')
      .attach('file', Buffer.from('x'), 'x.txt')
      .expect(403);
    expectProblem(
      await as('hr')
        .post('/api/v1/company-documents?category=policy&title=x&confidentiality=top')
        .attach('file', Buffer.from('x'), 'x.txt'),
      400,
      'VALIDATION_FAILED',
    );

    const levels = async (who: keyof HrWorld['people']) =>
      (await as(who).get('/api/v1/company-documents').expect(200)).body.data
        .map((d: { confidentiality: string }) => d.confidentiality)
        .sort();
    expect(await levels('editor')).toEqual(['internal', 'public']);
    expect(await levels('auditor')).toEqual(['internal', 'public']);
    expect(await levels('generalManager')).toEqual(['confidential', 'internal', 'public', 'secret']);
    expect(await levels('hr')).toEqual(['confidential', 'internal', 'public', 'secret']);

    const file = await as('editor').get(`/api/v1/company-documents/${docs.internal.id}/file`).expect(200);
    expect(file.text).toBe('internal content');
    expectProblem(
      await as('editor').get(`/api/v1/company-documents/${docs.confidential.id}/file`),
      404,
      'COMPANY_DOCUMENT_NOT_FOUND',
    );
    expectProblem(
      await as('auditor').get(`/api/v1/company-documents/${docs.secret.id}`),
      404,
      'COMPANY_DOCUMENT_NOT_FOUND',
    );
    await as('generalManager').get(`/api/v1/company-documents/${docs.secret.id}/file`).expect(200);

    const one = await countQueries(w.t, (http) =>
      http(w.people.hr.auth).get('/api/v1/company-documents?limit=1').expect(200),
    );
    const three = await countQueries(w.t, (http) =>
      http(w.people.hr.auth).get('/api/v1/company-documents?limit=3').expect(200),
    );
    expect(three.count).toBe(one.count);
  });
});
