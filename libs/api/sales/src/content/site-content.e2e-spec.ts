import { createSalesWorld, SalesWorld } from '../testing/sales-world';
import { SignedInUser, userWithRoles } from '@zhanggui/api-identity/testing';

const HOUR = 3600_000;
const at = (offsetHours: number) => new Date(Date.now() + offsetHours * HOUR).toISOString();

describe('website content: editors schedule it, the website reads what is live with ETags', () => {
  let w: SalesWorld;
  let editor: SignedInUser;
  beforeAll(async () => {
    w = await createSalesWorld();
    editor = await userWithRoles(w.t, w.admin, [{ role: 'editor' }]);
  }, 120_000);
  afterAll(() => w?.t.close());

  const write = (body: object) => w.t.http(editor.auth).post('/api/v1/site-content-items').send(body);
  const item = (slug: string, extra: object = {}) => ({
    kind: 'banner',
    language: 'zh-CN',
    slug,
    title: `横幅 ${slug}`,
    imageUrl: '/api/v1/campaign-assets/x/file',
    status: 'published',
    ...extra,
  });
  const live = (query: string, headers: Record<string, string> = {}) => {
    const request = w.t.http().get(`/api/v1/site-content?${query}`);
    for (const [name, value] of Object.entries(headers)) request.set(name, value);
    return request;
  };

  it('serves only what is published and inside its schedule, per kind and language', async () => {
    const now = await write(item('now', { publishFrom: at(-1), publishUntil: at(24), position: 2 })).expect(
      201,
    );
    expect(now.headers.location).toBe(`/api/v1/site-content-items/${now.body.id}`);
    const open = await write(item('open-ended', { position: 1 })).expect(201);
    await write(item('later', { publishFrom: at(2) })).expect(201);
    await write(item('over', { publishFrom: at(-48), publishUntil: at(-1) })).expect(201);
    const draft = await write(item('draft', { status: undefined })).expect(201);
    expect(draft.body.status).toBe('draft');
    await write(item('now', { language: 'en', title: 'Winter sale' })).expect(201);
    await write(item('notice', { kind: 'announcement', title: '春节发货安排' })).expect(201);

    const banners = await live('language=zh-CN&kind=banner').expect(200);
    expect(banners.body.data.map((c: { slug: string }) => c.slug)).toEqual(['open-ended', 'now']);
    expect(banners.body.data[0]).not.toHaveProperty('status');
    expect(banners.body.data[0].id).toBe(open.body.id);
    const everything = await live('language=zh-CN').expect(200);
    expect(everything.body.data.map((c: { slug: string }) => c.slug).sort()).toEqual([
      'notice',
      'now',
      'open-ended',
    ]);
    const english = await live('language=en').expect(200);
    expect(english.body.data).toEqual([expect.objectContaining({ slug: 'now', title: 'Winter sale' })]);

    const missing = await live('kind=banner').expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['language']);
    await live('language=fr').expect(400);
  });

  it('answers If-None-Match with 304 until something changes, under a strong ETag and Cache-Control', async () => {
    const first = await live('language=zh-CN&kind=banner').expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+/);
    const same = await live('language=zh-CN&kind=banner', { 'If-None-Match': etag }).expect(304);
    expect(same.text ?? '').toBe('');
    expect(same.headers.etag).toBe(etag);
    await live('language=zh-CN&kind=banner', { 'If-None-Match': '"other", ' + etag }).expect(304);
    await live('language=zh-CN&kind=announcement', { 'If-None-Match': etag }).expect(200);

    const listed = await w.t.http(editor.auth).get('/api/v1/site-content-items?kind=banner&language=zh-CN');
    const now = listed.body.data.find((c: { slug: string }) => c.slug === 'now');
    await w.t
      .http(editor.auth)
      .patch(`/api/v1/site-content-items/${now.id}`)
      .set('If-Match', `"${now.version}"`)
      .send({ title: '暖冬特惠' })
      .expect(200);
    const changed = await live('language=zh-CN&kind=banner', { 'If-None-Match': etag }).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body.data.map((c: { title: string }) => c.title)).toContain('暖冬特惠');

    // Archiving takes it off the website: the list, and so the tag, change.
    await w.t
      .http(editor.auth)
      .patch(`/api/v1/site-content-items/${now.id}`)
      .send({ status: 'archived' })
      .expect(200);
    const archived = await live('language=zh-CN&kind=banner').expect(200);
    expect(archived.body.data.map((c: { slug: string }) => c.slug)).toEqual(['open-ended']);
    expect(archived.headers.etag).not.toBe(changed.headers.etag);
  });

  it('validates what editors write, naming the field', async () => {
    const refused = async (body: object, status: number, field: string) => {
      const res = await write(body).expect(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    };
    await refused(item('x1', { title: undefined }), 400, 'title');
    await refused(item('x2', { kind: 'popup' }), 400, 'kind');
    await refused(item('x3', { language: undefined }), 400, 'language');
    await refused(item('Bad Slug'), 400, 'slug');
    await refused(item('x4', { publishFrom: 'tomorrow' }), 400, 'publishFrom');
    await refused(item('x5', { linkUrl: 'javascript:alert(1)' }), 400, 'linkUrl');
    await refused(item('x6', { publishFrom: at(5), publishUntil: at(1) }), 422, 'publishUntil');
    await refused(item('open-ended'), 409, 'slug');
    const created = await write(item('x7')).expect(201);
    await w.t
      .http(editor.auth)
      .patch(`/api/v1/site-content-items/${created.body.id}`)
      .set('If-Match', '"9"')
      .send({ title: 'x' })
      .expect(412);
    await w.t
      .http(editor.auth)
      .patch(`/api/v1/site-content-items/${created.body.id}`)
      .send({ slug: 'open-ended' })
      .expect(409);
  });

  it('lets editors write, planners read, and keeps everyone else out of the admin side', async () => {
    const created = await write(item('roles')).expect(201);
    const id = created.body.id as string;
    await w.t.http(w.people.planner.auth).get('/api/v1/site-content-items').expect(200);
    await w.t.http(w.people.planner.auth).get(`/api/v1/site-content-items/${id}`).expect(200);
    await w.t.http(w.people.planner.auth).post('/api/v1/site-content-items').send(item('p')).expect(403);
    await w.t.http(w.people.planner.auth).patch(`/api/v1/site-content-items/${id}`).send({}).expect(403);
    await w.t.http(w.people.auditor.auth).get('/api/v1/site-content-items').expect(200);
    await w.t.http(w.people.hr.auth).get('/api/v1/site-content-items').expect(403);
    await w.t.http(w.people.salesManager.auth).post('/api/v1/site-content-items').send(item('s')).expect(403);
    await w.t.http().get('/api/v1/site-content-items').expect(401);
    await w.t
      .http(editor.auth)
      .get('/api/v1/site-content-items/00000000-0000-7000-8000-000000000000')
      .expect(404);
    const drafts = await w.t.http(editor.auth).get('/api/v1/site-content-items?status=draft&count=true');
    expect(drafts.body.total).toBe(1);
  });
});
