import { Body, Controller, Injectable, Module, Post } from '@nestjs/common';
import { IsArray, IsOptional, IsString, IsUUID } from 'class-validator';
import { DomainEvent, EventSubscriber, OnEvent, RequirePermission } from '@zhanggui/api-platform';
import { createTestApp, expectProblem, TestApp } from '@zhanggui/api-platform/testing';
import { IdentityModule } from '@zhanggui/api-identity';
import {
  createOrgTree,
  OrgTree,
  signInAsAdmin,
  SignedInUser,
  userWithRoles,
} from '@zhanggui/api-identity/testing';
import { ApprovalsModule } from '../approvals.module';
import { ApprovalStepSpec, ApprovalsService } from './approvals.service';
import { ApprovalRequestResponse } from './dto/approval.dto';

class PriceChangeDto {
  @IsUUID()
  orgUnitId!: string;

  @IsString()
  subjectId!: string;

  @IsOptional()
  @IsArray()
  steps?: ApprovalStepSpec[];
}

/** Plays a module that needs approvals: a local price change that the region and then finance approve. */
@Controller('price-changes')
class PriceChangesController {
  constructor(private readonly approvals: ApprovalsService) {}

  @Post()
  @RequirePermission('approvals:use')
  async propose(@Body() body: PriceChangeDto) {
    const request = await this.approvals.request({
      subjectType: 'price_change',
      subjectId: body.subjectId,
      orgUnitId: body.orgUnitId,
      title: `调价 ${body.subjectId}`,
      steps: body.steps ?? [{ role: 'regional-manager', at: 'region' }, { role: 'finance' }],
    });
    return ApprovalRequestResponse.from(request);
  }
}

@Injectable()
@OnEvent({ types: ['ApprovalDecided'] })
class PriceChangeOutcomes implements EventSubscriber {
  static heard: DomainEvent[] = [];
  async handle(event: DomainEvent) {
    PriceChangeOutcomes.heard.push(event);
  }
}

@Module({
  imports: [ApprovalsModule],
  controllers: [PriceChangesController],
  providers: [PriceChangeOutcomes],
})
class PriceChangesModule {}

async function eventually<T>(check: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('approvals', () => {
  let t: TestApp;
  let tree: OrgTree;
  let people: Record<'cityManager' | 'prdManager' | 'zjManager' | 'finance' | 'auditor', SignedInUser>;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, ApprovalsModule, PriceChangesModule] });
    const admin = await signInAsAdmin(t);
    tree = await createOrgTree(t, admin);
    people = {
      cityManager: await userWithRoles(t, admin, [{ role: 'city-manager', orgUnitId: tree.guangzhou }]),
      prdManager: await userWithRoles(t, admin, [
        { role: 'regional-manager', orgUnitId: tree.pearlRiverDelta },
      ]),
      zjManager: await userWithRoles(t, admin, [{ role: 'regional-manager', orgUnitId: tree.northZhejiang }]),
      finance: await userWithRoles(t, admin, [{ role: 'finance' }]),
      auditor: await userWithRoles(t, admin, [{ role: 'auditor' }]),
    };
  });
  afterAll(() => t.close());

  const propose = (who: SignedInUser, subjectId: string, extra: object = {}) =>
    t
      .http(who.auth)
      .post('/api/v1/price-changes')
      .send({ orgUnitId: tree.guangzhou, subjectId, ...extra });
  const decide = (who: SignedInUser, id: string, decision: 'approve' | 'reject', comment?: string) =>
    t.http(who.auth).post(`/api/v1/approval-requests/${id}/decisions`).send({ decision, comment });
  const inboxIds = async (who: SignedInUser) =>
    (await t.http(who.auth).get('/api/v1/approval-requests/inbox').expect(200)).body.data.map(
      (r: { id: string }) => r.id,
    );

  it('resolves a two-step chain by role and org unit: the regional manager of this region, then finance', async () => {
    const request = (await propose(people.cityManager, 'SKU-1').expect(201)).body;
    expect(request.number).toMatch(/^AP-\d{8}-\d{4}$/);
    expect(request.steps).toEqual([
      expect.objectContaining({ position: 1, role: 'regional-manager', orgUnitId: tree.pearlRiverDelta }),
      expect.objectContaining({ position: 2, role: 'finance', orgUnitId: null }),
    ]);

    expect(await inboxIds(people.prdManager)).toContain(request.id);
    expect(await inboxIds(people.zjManager)).not.toContain(request.id); // another region's manager
    expect(await inboxIds(people.finance)).not.toContain(request.id); // not yet their turn

    expectProblem(await decide(people.zjManager, request.id, 'approve'), 404, 'APPROVAL_REQUEST_NOT_FOUND');
    expectProblem(await decide(people.finance, request.id, 'approve'), 403, 'NOT_AN_APPROVER');

    const afterRegion = (await decide(people.prdManager, request.id, 'approve', '同意').expect(200)).body;
    expect(afterRegion).toMatchObject({ status: 'pending', currentStep: 2 });
    expect(await inboxIds(people.finance)).toContain(request.id);

    const done = (await decide(people.finance, request.id, 'approve').expect(200)).body;
    expect(done).toMatchObject({ status: 'approved', finishedAt: expect.any(String) });
    expect(done.steps.map((s: { decidedBy: string }) => s.decidedBy)).toEqual([
      people.prdManager.id,
      people.finance.id,
    ]);
    expectProblem(await decide(people.finance, request.id, 'approve'), 409, 'APPROVAL_FINISHED');

    const outcome = await eventually(
      () => PriceChangeOutcomes.heard.find((e) => e.payload.requestId === request.id),
      'ApprovalDecided',
    );
    expect(outcome.payload).toMatchObject({
      subjectType: 'price_change',
      subjectId: 'SKU-1',
      outcome: 'approved',
      decidedBy: people.finance.id,
    });
  });

  it('never lets a requester approve their own request', async () => {
    const admin = await signInAsAdmin(t);
    const deputy = await userWithRoles(t, admin, [
      { role: 'regional-manager', orgUnitId: tree.pearlRiverDelta },
    ]);
    const ownRequest = (await propose(people.prdManager, 'SKU-2').expect(201)).body;
    expectProblem(await decide(people.prdManager, ownRequest.id, 'approve'), 403, 'SELF_APPROVAL');
    expect(await inboxIds(people.prdManager)).not.toContain(ownRequest.id);
    expect(await inboxIds(deputy)).toContain(ownRequest.id);
    await decide(deputy, ownRequest.id, 'approve').expect(200);
    // …and refuses a chain whose only possible approver is the requester.
    const solo = await propose(people.zjManager, 'SKU-3', {
      orgUnitId: tree.hangzhou,
      steps: [{ role: 'regional-manager', at: 'region' }],
    });
    expectProblem(solo, 422, 'NO_APPROVER');
  });

  it('ends at a rejection, and lets the requester (only) cancel a pending request', async () => {
    const rejected = (await propose(people.cityManager, 'SKU-4').expect(201)).body;
    expect(
      (await decide(people.prdManager, rejected.id, 'reject', '价格太低').expect(200)).body,
    ).toMatchObject({ status: 'rejected' });
    await eventually(
      () =>
        PriceChangeOutcomes.heard.find(
          (e) => e.payload.requestId === rejected.id && e.payload.outcome === 'rejected',
        ),
      'the rejection',
    );

    const withdrawn = (await propose(people.cityManager, 'SKU-5').expect(201)).body;
    expectProblem(
      await t.http(people.prdManager.auth).post(`/api/v1/approval-requests/${withdrawn.id}/cancel`),
      403,
      'NOT_YOUR_REQUEST',
    );
    await t
      .http(people.cityManager.auth)
      .post(`/api/v1/approval-requests/${withdrawn.id}/cancel`)
      .expect(200);
    expectProblem(await decide(people.prdManager, withdrawn.id, 'approve'), 409, 'APPROVAL_FINISHED');
  });

  it('shows each person the requests that concern them; the auditor sees all', async () => {
    const request = (await propose(people.cityManager, 'SKU-6').expect(201)).body;
    const ids = async (who: SignedInUser, query = '') =>
      (await t.http(who.auth).get(`/api/v1/approval-requests?limit=200${query}`).expect(200)).body.data.map(
        (r: { id: string }) => r.id,
      );
    expect(await ids(people.cityManager, '&mine=true')).toContain(request.id);
    expect(await ids(people.zjManager)).not.toContain(request.id);
    expect(await ids(people.auditor)).toContain(request.id);
    await t.http(people.zjManager.auth).get(`/api/v1/approval-requests/${request.id}`).expect(404);
    await t.http(people.finance.auth).get(`/api/v1/approval-requests/${request.id}`).expect(200);
  });
});
