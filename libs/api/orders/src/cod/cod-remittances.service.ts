import { Injectable } from '@nestjs/common';
import { OrgUnitsService } from '@zhanggui/api-identity';
import {
  applyDataScope,
  assertVersionMatches,
  currentActor,
  DataScope,
  DocumentNumbers,
  EventBus,
  Page,
  paginate,
  scopeAllows,
  TransactionalConnection,
  WHOLE_COMPANY,
} from '@zhanggui/api-platform';
import { AfterSalesHistory, uniqueViolationOf } from '../after-sales-history';
import { CodCollection } from './cod-collection.entity';
import { CodRemittanceLine } from './cod-remittance-line.entity';
import { assertRemittanceStep, confirmedStatus } from './cod-remittance-states';
import { CodRemittance } from './cod-remittance.entity';
import {
  CodDiscrepancyReasonRequiredError,
  CodOrderAlreadyRemittedError,
  CodRemittanceEmptyError,
  CodRemittanceNotFoundError,
  CodRemittanceSpansTerritoriesError,
  CodRemittanceTargetRequiredError,
} from './cod.errors';
import { COD_REMITTANCE_CONFIRMED, CodRemittanceConfirmedPayload } from './cod.events';
import type {
  CodRemittanceLineView,
  ConfirmCodRemittanceDto,
  CreateCodRemittanceDto,
  ListCodRemittancesQuery,
  ResolveDiscrepancyDto,
} from './dto/cod-remittance.dto';

async function scopeFor(permission: string): Promise<DataScope> {
  return (await currentActor()?.scopeFor(permission)) ?? WHOLE_COMPANY;
}

/**
 * Daily remittance of COD cash (每日回笼): a batch lists a courier's or a city's collected cash of one day
 * that no batch holds yet; the courier hands the cash in; finance confirms, and a difference becomes a
 * discrepancy followed up until resolved. Each order's cash is in one batch only — the unique constraint on
 * cod_remittance_line decides between two batches racing for it.
 */
@Injectable()
export class CodRemittancesService {
  readonly history: AfterSalesHistory;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
    private readonly orgUnits: OrgUnitsService,
    private readonly events: EventBus,
  ) {
    this.history = new AfterSalesHistory(connection, 'cod_remittance_history', 'remittance_id');
  }

  private get remittances() {
    return this.connection.getRepository(CodRemittance);
  }

  async create(input: CreateCodRemittanceDto): Promise<CodRemittance> {
    if (!input.courierId && !input.cityId) throw new CodRemittanceTargetRequiredError();
    const qb = this.connection
      .getRepository(CodCollection)
      .createQueryBuilder('c')
      .where('c.business_day = :day', { day: input.businessDay })
      .andWhere('NOT EXISTS (SELECT 1 FROM cod_remittance_line l WHERE l.cod_collection_id = c.id)');
    if (input.courierId) qb.andWhere('c.collected_by = :courier', { courier: input.courierId });
    if (input.cityId)
      qb.andWhere('c.org_unit_id = ANY(:units)', { units: await this.orgUnits.subtreeIds([input.cityId]) });
    applyDataScope(qb, 'c.org_unit_id', await scopeFor('cod-remittances:write'));
    const collections = await qb.orderBy('c.id').setLock('pessimistic_write').getMany();
    if (collections.length === 0) throw new CodRemittanceEmptyError(input.businessDay);
    const units = [...new Set(collections.map((c) => c.orgUnitId))];
    if (!input.cityId && units.length > 1) throw new CodRemittanceSpansTerritoriesError();

    const remittance = await this.remittances.save(
      this.remittances.create({
        number: await this.numbers.next('REM'),
        orgUnitId: input.cityId ?? units[0],
        courierId: input.courierId ?? null,
        businessDay: input.businessDay,
        status: 'awaiting_cash',
        currency: collections[0].currency,
        orderCount: collections.length,
        expectedAmount: collections.reduce((sum, c) => sum + c.amount, 0),
        handedInAmount: null,
        createdBy: currentActor()?.id ?? null,
      }),
    );
    const lines = this.connection.getRepository(CodRemittanceLine);
    await lines
      .insert(
        collections.map((c) => ({
          remittanceId: remittance.id,
          codCollectionId: c.id,
          orderId: c.orderId,
          amount: c.amount,
        })),
      )
      .catch((error: unknown) => {
        if (uniqueViolationOf(error)?.startsWith('cod_remittance_line_'))
          throw new CodOrderAlreadyRemittedError();
        throw error;
      });
    await this.history.record(remittance.id, {
      action: 'created',
      from: null,
      to: remittance.status,
      data: { orderCount: remittance.orderCount, expectedAmount: remittance.expectedAmount },
    });
    return remittance;
  }

  async handIn(id: string, amount: number, note: string | undefined, expected?: number[]) {
    const remittance = await this.lockVisible(id, 'cod-remittances:write', expected);
    assertRemittanceStep(remittance.status, 'hand-in');
    Object.assign(remittance, {
      status: 'handed_in',
      handedInAmount: amount,
      handedInAt: new Date(),
      handedInBy: currentActor()?.id ?? null,
    });
    return this.step(remittance, 'awaiting_cash', 'handed-in', note, { amount });
  }

  async confirm(id: string, input: ConfirmCodRemittanceDto, expected?: number[]) {
    const remittance = await this.lockVisible(id, 'cod-remittances:confirm', expected);
    assertRemittanceStep(remittance.status, 'confirm');
    const handedIn = remittance.handedInAmount ?? 0;
    const status = confirmedStatus(remittance.expectedAmount, handedIn);
    if (status === 'discrepancy' && !input.reason)
      throw new CodDiscrepancyReasonRequiredError(remittance.expectedAmount, handedIn);
    Object.assign(remittance, {
      status,
      confirmedAt: new Date(),
      confirmedBy: currentActor()?.id ?? null,
      discrepancyReason: status === 'discrepancy' ? input.reason : null,
    });
    const difference = handedIn - remittance.expectedAmount;
    const saved = await this.step(remittance, 'handed_in', 'confirmed', input.note ?? input.reason, {
      difference,
    });
    const orderIds = (
      await this.connection.getRepository(CodRemittanceLine).find({ where: { remittanceId: id } })
    ).map((line) => line.orderId);
    await this.events.publish<CodRemittanceConfirmedPayload>(COD_REMITTANCE_CONFIRMED, {
      remittanceId: saved.id,
      number: saved.number,
      orgUnitId: saved.orgUnitId,
      courierId: saved.courierId,
      businessDay: saved.businessDay,
      status,
      expectedAmount: saved.expectedAmount,
      handedInAmount: handedIn,
      difference,
      currency: saved.currency,
      orderIds,
    });
    return saved;
  }

  /** A follow-up on an open discrepancy (who was called, what they said). */
  async addDiscrepancyNote(id: string, note: string): Promise<CodRemittance> {
    const remittance = await this.lockVisible(id, 'cod-remittances:confirm', undefined);
    assertRemittanceStep(remittance.status, 'note');
    await this.history.record(id, {
      action: 'follow-up',
      from: remittance.status,
      to: remittance.status,
      note,
    });
    return remittance;
  }

  async resolve(id: string, input: ResolveDiscrepancyDto, expected?: number[]) {
    const remittance = await this.lockVisible(id, 'cod-remittances:confirm', expected);
    assertRemittanceStep(remittance.status, 'resolve');
    Object.assign(remittance, {
      status: 'resolved',
      resolution: input.resolution,
      resolvedAt: new Date(),
      resolvedBy: currentActor()?.id ?? null,
    });
    return this.step(remittance, 'discrepancy', 'resolved', input.note, { resolution: input.resolution });
  }

  async list(query: ListCodRemittancesQuery): Promise<Page<CodRemittance>> {
    const qb = this.remittances.createQueryBuilder('r');
    applyDataScope(qb, 'r.org_unit_id', await scopeFor('cod-remittances:read'));
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.courierId) qb.andWhere('r.courier_id = :courier', { courier: query.courierId });
    if (query.businessDay) qb.andWhere('r.business_day = :day', { day: query.businessDay });
    if (query.cityId)
      qb.andWhere('r.org_unit_id = ANY(:units)', { units: await this.orgUnits.subtreeIds([query.cityId]) });
    return paginate(
      qb,
      { ...query, sort: '-createdAt' },
      {
        sorts: { createdAt: { column: 'r.id', value: (r) => r.id } },
        idColumn: 'r.id',
        idValue: (r) => r.id,
      },
    );
  }

  async visible(id: string, permission = 'cod-remittances:read'): Promise<CodRemittance> {
    const remittance = await this.remittances.findOneBy({ id });
    if (!remittance || !scopeAllows(await scopeFor(permission), remittance.orgUnitId))
      throw new CodRemittanceNotFoundError(id);
    return remittance;
  }

  async linesOf(id: string): Promise<CodRemittanceLineView[]> {
    const rows: Array<CodRemittanceLineView & { amount: string; expectedAmount: string }> =
      await this.connection.manager.query(
        `SELECT l.order_id AS "orderId", o.number AS "orderNumber", l.cod_collection_id AS "codCollectionId",
                l.amount, c.expected_amount AS "expectedAmount", c.collected_by AS "collectedBy"
           FROM cod_remittance_line l
           JOIN sales_order o ON o.id = l.order_id
           JOIN cod_collection c ON c.id = l.cod_collection_id
          WHERE l.remittance_id = $1 ORDER BY o.number`,
        [id],
      );
    return rows.map((row) => ({
      ...row,
      amount: Number(row.amount),
      expectedAmount: Number(row.expectedAmount),
    }));
  }

  /** Locks the batch (a concurrent step waits and then sees this one's result), in the caller's scope. */
  private async lockVisible(id: string, permission: string, expected: number[] | undefined) {
    const remittance = await this.remittances.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!remittance || !scopeAllows(await scopeFor(permission), remittance.orgUnitId))
      throw new CodRemittanceNotFoundError(id);
    assertVersionMatches('COD remittance', expected, remittance.version);
    return remittance;
  }

  private async step(
    remittance: CodRemittance,
    from: string,
    action: string,
    note: string | undefined,
    data: Record<string, unknown>,
  ): Promise<CodRemittance> {
    const saved = await this.remittances.save(remittance);
    await this.history.record(saved.id, { action, from, to: saved.status, note, data });
    return saved;
  }
}
