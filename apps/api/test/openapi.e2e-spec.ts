import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { AppModule } from '../src/app.module';

const ADMIN_SCHEMA = path.resolve(__dirname, '../../admin/src/api/schema.d.ts');
const OPENAPI_TYPESCRIPT = path.resolve(__dirname, '../../../node_modules/.bin/openapi-typescript');

type Operation = {
  operationId?: string;
  responses: Record<string, { content?: Record<string, unknown> }>;
  parameters?: Array<{ name: string; in: string }>;
};

describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: { openapi: string; paths: Record<string, Record<string, Operation>> };

  beforeAll(async () => {
    // The whole application, exactly as it ships (AppModule.forRoot is what main.ts uses).
    t = await createTestApp({ root: (config) => AppModule.forRoot(config) });
    document = (await t.http().get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(document.paths).flatMap(([route, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ route, method, operation })),
    );

  it('is OpenAPI 3.1 and browsable at /api/docs', async () => {
    expect(document.openapi).toBe('3.1.0');
    const page = await t.http().get('/api/docs').redirects(1);
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger-ui');
  });

  it('documents every API route with its error responses as problem+json', () => {
    const apiOperations = operations().filter(({ route }) => route.startsWith('/api/v1/'));
    expect(apiOperations.length).toBeGreaterThan(0);
    for (const { route, method, operation } of apiOperations) {
      const errors = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
      expect({ route, method, documentedErrors: errors.length > 0 }).toEqual({
        route,
        method,
        documentedErrors: true,
      });
      for (const [, response] of errors)
        expect(Object.keys(response.content ?? {})).toEqual(['application/problem+json']);
    }
  });

  it('lists cursor pagination parameters on every list', () => {
    const lists = operations().filter(
      ({ method, operation }) => method === 'get' && operation.parameters?.some((p) => p.name === 'cursor'),
    );
    expect(lists.length).toBeGreaterThan(0);
    for (const { operation } of lists) {
      expect(operation.parameters?.map((p) => p.name)).toEqual(
        expect.arrayContaining(['limit', 'cursor', 'count']),
      );
    }
  });

  it('matches the admin console’s generated client (run `npm run api:client` after changing the API)', () => {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-openapi-'));
    const json = path.join(workDir, 'openapi.json');
    const generated = path.join(workDir, 'schema.d.ts');
    fs.writeFileSync(json, JSON.stringify(document));
    execFileSync(OPENAPI_TYPESCRIPT, [json, '-o', generated], { stdio: 'pipe' });
    const fresh = fs.readFileSync(generated, 'utf8');
    if (process.env.UPDATE_API_CLIENT === '1') fs.writeFileSync(ADMIN_SCHEMA, fresh);
    expect(fs.existsSync(ADMIN_SCHEMA) ? fs.readFileSync(ADMIN_SCHEMA, 'utf8') : '').toBe(fresh);
  });
});
