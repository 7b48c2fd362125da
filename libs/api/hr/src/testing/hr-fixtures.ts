import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { ApprovalsModule } from '@zhanggui/api-approvals';
import { IdentityModule, RoleCode } from '@zhanggui/api-identity';
import {
  createOrgTree,
  OrgTree,
  signInAsAdmin,
  SignedInUser,
  userWithRoles,
} from '@zhanggui/api-identity/testing';
import { HrModule } from '../hr.module';

export interface HrWorld {
  t: TestApp;
  admin: SignedInUser;
  org: OrgTree & { cs: string };
  /** hrLead is a second HR person: what HR proposes, another HR person approves (nobody decides their own). */
  people: Record<
    'hr' | 'hrLead' | 'generalManager' | 'auditor' | 'salesManager' | 'csLead' | 'editor',
    SignedInUser
  >;
}

/** A test app with identity, approvals and HR, an org tree and HR's people (managers scoped to their unit). */
export async function createHrWorld(): Promise<HrWorld> {
  const t = await createTestApp({ imports: [IdentityModule, ApprovalsModule, HrModule] });
  const admin = await signInAsAdmin(t);
  const tree = await createOrgTree(t, admin);
  const cs = (
    await t
      .http(admin.auth)
      .post('/api/v1/org-units')
      .send({ code: 'CS', name: '客服部', kind: 'department', parentId: tree.company })
  ).body.id;
  const as = (role: RoleCode, orgUnitId?: string) =>
    userWithRoles(t, admin, [{ role, orgUnitId: orgUnitId ?? null }]);
  return {
    t,
    admin,
    org: { ...tree, cs },
    people: {
      hr: await as('hr'),
      hrLead: await as('hr'),
      generalManager: await as('general-manager'),
      auditor: await as('auditor'),
      salesManager: await as('sales-manager', tree.sales),
      csLead: await as('customer-service-lead', cs),
      editor: await as('editor'),
    },
  };
}

let counter = 0;
export const unique = (): string => `${process.pid}-${++counter}`;

/** Polls until `check` passes (event subscribers run after commit, in the job queue). */
export async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

export async function createPosition(
  w: HrWorld,
  orgUnitId: string,
  planned: number,
  period = '2026',
): Promise<{ id: string; code: string }> {
  const code = `POS-${unique()}`;
  const response = await w.t
    .http(w.people.hr.auth)
    .post('/api/v1/positions')
    .send({ code, title: `岗位 ${code}`, orgUnitId, duties: '负责…' });
  if (response.status !== 201)
    throw new Error(`Creating a position failed: ${JSON.stringify(response.body)}`);
  await w.t
    .http(w.people.hr.auth)
    .put(`/api/v1/positions/${response.body.id}/headcount/${period}`)
    .send({ planned })
    .expect(200);
  return response.body;
}

/** Opens a personnel file through the API, as HR, on a new position of `orgUnitId` (or the given one). */
export async function createEmployee(
  w: HrWorld,
  orgUnitId: string,
  body: Record<string, unknown> = {},
): Promise<{ id: string; number: string; positionId: string; status: string; version: number }> {
  const positionId = (body.positionId as string | undefined) ?? (await createPosition(w, orgUnitId, 5)).id;
  const response = await w.t
    .http(w.people.hr.auth)
    .post('/api/v1/employees')
    .send({ name: `员工 ${unique()}`, hireDate: '2026-09-01', salary: 800000, ...body, positionId });
  if (response.status !== 201)
    throw new Error(`Creating an employee failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Decides an approval request step by step as the given people. */
export async function decide(
  w: HrWorld,
  approvalRequestId: string,
  steps: Array<keyof HrWorld['people']>,
  decision: 'approve' | 'reject' = 'approve',
): Promise<void> {
  for (const who of steps)
    await w.t
      .http(w.people[who].auth)
      .post(`/api/v1/approval-requests/${approvalRequestId}/decisions`)
      .send({ decision })
      .expect(200);
}

/** Outbox events of a type whose payload has `key` = `value`. */
export async function eventsOf(
  w: HrWorld,
  type: string,
  key: string,
  value: string,
): Promise<Array<Record<string, unknown>>> {
  const rows: Array<{ payload: Record<string, unknown> }> = await w.t.dataSource.query(
    `SELECT payload FROM outbox_event WHERE type = $1 AND payload->>$2 = $3 ORDER BY id`,
    [type, key, value],
  );
  return rows.map((r) => r.payload);
}
