import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { ROLE_CODES } from '@zhanggui/api-identity';
import { signInAsAdmin, SignedInUser, userWithRoles } from '@zhanggui/api-identity/testing';
import { AppModule } from '../../src/app.module';
import {
  declaredProperties,
  fetchOpenApi,
  fillPath,
  OpenApiDocument,
  operationsOf,
  SOME_ID,
} from './security/routes';
import { bodyWith, nestedObjects } from './security/nested-bodies';

/** Fields the server owns: ids, numbers, states, versions, authorship, timestamps, totals and secrets. */
const READ_ONLY_FIELDS = [
  'id',
  'number',
  'status',
  'version',
  'createdBy',
  'createdAt',
  'updatedBy',
  'updatedAt',
  'deletedAt',
  'approvedBy',
  'approvedAt',
  'total',
  'totalAmount',
  'subtotal',
  'balance',
  'passwordHash',
  'secretHash',
  'signingSecret',
  'isAdmin',
  'permissions',
  'roles',
];

/**
 * Read-only-sounding fields that a body does declare on purpose: a person sets them through that operation
 * (choosing a status, granting roles, setting an API key's permissions…). Each was read and is intended; a
 * new one fails the test until someone looks at it and adds it here.
 */
const DECLARED_ON_PURPOSE = new Set<string>([
  // Activating, pausing or archiving master data is what these updates are for.
  'patch /api/v1/org-units/{id} status',
  'patch /api/v1/users/{id} status',
  'patch /api/v1/webhook-subscriptions/{id} status',
  'patch /api/v1/categories/{id} status',
  'patch /api/v1/brands/{id} status',
  'patch /api/v1/skus/{id} status',
  'patch /api/v1/positions/{id} status',
  'post /api/v1/suppliers status',
  'patch /api/v1/suppliers/{id} status',
  'post /api/v1/logistics-partners status',
  'patch /api/v1/logistics-partners/{id} status',
  // Workflow commands whose whole point is the target state (checked against the allowed transitions).
  'post /api/v1/tickets/{id}/transition status',
  'post /api/v1/follow-up-visits/{id}/complete status',
  'post /api/v1/campaigns/{id}/status status',
  'post /api/v1/site-content-items status',
  'patch /api/v1/site-content-items/{id} status',
  // A hire starts on probation or as regular staff: an HR choice, limited to those two.
  'post /api/v1/employees status',
  // Granting roles and permissions is what these operations do; they need users:write / api-keys:write.
  'post /api/v1/users roles',
  'put /api/v1/users/{id}/roles roles',
  'post /api/v1/api-keys permissions',
]);

/** The same, for fields of nested objects (`lines.0.id` names which existing line a change is for…). */
const NESTED_DECLARED_ON_PURPOSE = new Set<string>([]);

/**
 * OWASP API3 (broken object property level authorization), the mass-assignment half: every JSON body of every
 * operation is sent the server-owned fields it does not declare, and each is refused with 400 naming it
 * (validation forbids unknown properties), so none can be slipped in and silently stored.
 */
describe('security: mass assignment of read-only fields (OWASP API3)', () => {
  let t: TestApp;
  let document: OpenApiDocument;
  let everyone: SignedInUser;

  beforeAll(async () => {
    t = await createTestApp({ root: (config) => AppModule.forRoot(config) });
    document = await fetchOpenApi(t);
    everyone = await userWithRoles(
      t,
      await signInAsAdmin(t),
      ROLE_CODES.map((role) => ({ role })),
    );
  });
  afterAll(() => t.close());

  const writes = () =>
    operationsOf(document).filter(
      ({ method, operation }) =>
        ['post', 'put', 'patch'].includes(method) && operation.requestBody?.content?.['application/json'],
    );

  it('refuses every undeclared server-owned field on every JSON body, naming each one', async () => {
    const operations = writes();
    expect(operations.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const { path, method, operation } of operations) {
      const declared = declaredProperties(
        document,
        operation.requestBody!.content!['application/json'].schema,
      );
      const sneaked = READ_ONLY_FIELDS.filter((field) => !declared.has(field));
      const body = Object.fromEntries(sneaked.map((field) => [field, field === 'id' ? SOME_ID : 1]));
      const response = await t.http(everyone.auth)[method as 'post'](fillPath(path)).send(body);
      const named = new Set((response.body.errors ?? []).map((e: { field: string }) => e.field));
      const missed = sneaked.filter((field) => !named.has(field));
      if (response.status !== 400 || missed.length > 0)
        wrong.push(`${method} ${path}: ${response.status}, not named: ${missed.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it('lists the read-only-sounding fields some bodies declare on purpose', () => {
    const declaredAnyway = writes().flatMap(({ path, method, operation }) => {
      const declared = declaredProperties(
        document,
        operation.requestBody!.content!['application/json'].schema,
      );
      return READ_ONLY_FIELDS.filter((field) => declared.has(field)).map(
        (field) => `${method} ${path} ${field}`,
      );
    });
    expect(declaredAnyway.filter((entry) => !DECLARED_ON_PURPOSE.has(entry))).toEqual([]);
  });

  it('refuses server-owned fields inside nested objects and arrays, naming the nested path', async () => {
    let nestedCount = 0;
    const wrong: string[] = [];
    for (const { path, method, operation } of writes()) {
      const nested = nestedObjects(document, operation.requestBody!.content!['application/json'].schema);
      for (const { path: field, schema, keys } of nested) {
        const declared = declaredProperties(document, schema);
        const sneaked = READ_ONLY_FIELDS.filter((name) => !declared.has(name));
        if (sneaked.length === 0) continue;
        nestedCount++;
        const values = Object.fromEntries(sneaked.map((name) => [name, name === 'id' ? SOME_ID : 1]));
        const response = await t
          .http(everyone.auth)
          [method as 'post'](fillPath(path))
          .send(bodyWith(keys, values));
        const named = new Set((response.body.errors ?? []).map((e: { field: string }) => e.field));
        const missed = sneaked.filter((name) => !named.has(`${field}.${name}`));
        if (response.status !== 400 || missed.length > 0)
          wrong.push(`${method} ${path} ${field}: ${response.status}, not named: ${missed.join(', ')}`);
      }
    }
    expect(nestedCount).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  }, 60_000);

  it('lists the read-only-sounding fields nested objects declare on purpose', () => {
    const declaredAnyway = writes().flatMap(({ path, method, operation }) =>
      nestedObjects(document, operation.requestBody!.content!['application/json'].schema).flatMap(
        ({ path: field, schema }) => {
          const declared = declaredProperties(document, schema);
          return READ_ONLY_FIELDS.filter((name) => declared.has(name)).map(
            (name) => `${method} ${path} ${field}.${name}`,
          );
        },
      ),
    );
    expect(declaredAnyway.filter((entry) => !NESTED_DECLARED_ON_PURPOSE.has(entry))).toEqual([]);
  });
});
