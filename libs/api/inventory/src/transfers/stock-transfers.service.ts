import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import {
  assertVersionMatches,
  DataScope,
  DocumentNumbers,
  InvalidInputError,
  Page,
  paginate,
  scopeAllows,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { CatalogSkus } from '../catalog-skus/catalog-skus.reader';
import { StockLabels } from '../stock/stock-labels';
import { AppliedMovement, levelKey, StockLedger } from '../stock/stock-ledger';
import { InsufficientStockError, StockShortage, UnknownReferenceError } from '../stock/stock.errors';
import { WarehousesService } from '../warehouses/warehouses.service';
import type {
  CreateStockTransferDto,
  ListStockTransfersQuery,
  StockTransferResponse,
} from './dto/stock-transfer.dto';
import { StockTransfer, StockTransferLine } from './stock-transfer.entity';
import {
  StockTransferNotFoundError,
  TransferNotInTransitError,
  TransferSameWarehouseError,
} from './stock-transfer.errors';

/**
 * Transfers (调拨): goods leave the sender at once (transfer_out), travel as the receiver's in-transit
 * count, and become its on hand when received (transfer_in); a cancelled transfer puts them back.
 */
@Injectable()
export class StockTransfersService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly ledger: StockLedger,
    private readonly warehouses: WarehousesService,
    private readonly skus: CatalogSkus,
    private readonly numbers: DocumentNumbers,
    private readonly labels: StockLabels,
  ) {}

  private get transfers() {
    return this.connection.getRepository(StockTransfer);
  }

  async create(input: CreateStockTransferDto, scope: DataScope): Promise<StockTransferResponse> {
    const from = await this.warehouses.usable(input.fromWarehouseId, scope, 'fromWarehouseId');
    const to = await this.warehouses.usable(input.toWarehouseId, scope, 'toWarehouseId');
    if (from.id === to.id) throw new TransferSameWarehouseError();
    const lineIndex = new Map<string, number>();
    input.lines.forEach((line, index) => {
      if (lineIndex.has(line.skuId)) {
        throw new InvalidInputError('DUPLICATE_LINE', 'Each SKU may appear once per transfer.', [
          { field: `lines.${index}.skuId`, message: 'listed twice' },
        ]);
      }
      lineIndex.set(line.skuId, index);
    });
    const known = await this.skus.byIds(input.lines.map((line) => line.skuId));
    const unknown = input.lines.findIndex((line) => !known.has(line.skuId));
    if (unknown >= 0)
      throw new UnknownReferenceError(`lines.${unknown}.skuId`, 'SKU', input.lines[unknown].skuId);

    for (const line of input.lines) await this.ledger.ensureLevel(line.skuId, to.id);
    const levels = await this.ledger.lock(
      input.lines.flatMap((line) => [
        { skuId: line.skuId, warehouseId: from.id },
        { skuId: line.skuId, warehouseId: to.id },
      ]),
    );
    const shortages: StockShortage[] = [];
    for (const line of input.lines) {
      const level = levels.get(levelKey(line.skuId, from.id));
      const available = level ? level.onHand - level.reserved : 0;
      if (available < line.quantity)
        shortages.push({ skuId: line.skuId, requested: line.quantity, available });
    }
    if (shortages.length)
      throw new InsufficientStockError(shortages, (skuId) => `lines.${lineIndex.get(skuId)}.quantity`);

    const transfer = await this.transfers.save(
      this.transfers.create({
        number: await this.numbers.next('TRF'),
        fromWarehouseId: from.id,
        toWarehouseId: to.id,
        status: 'in_transit',
        note: input.note ?? null,
        receivedAt: null,
        cancelledAt: null,
      }),
    );
    await this.connection
      .getRepository(StockTransferLine)
      .insert(
        input.lines.map((line) => ({ transferId: transfer.id, skuId: line.skuId, quantity: line.quantity })),
      );
    const source = { type: 'stock-transfer', id: transfer.id, number: transfer.number };
    const applied: AppliedMovement[] = [];
    for (const line of input.lines) {
      const movement = await this.ledger.apply({
        skuId: line.skuId,
        warehouseId: from.id,
        kind: 'transfer_out',
        onHandDelta: -line.quantity,
        reservedDelta: 0,
        source,
        reason: input.note ?? null,
      });
      if (!movement) throw new Error('A transfer out failed its guard under lock');
      applied.push(movement);
      await this.ledger.moveInTransit(line.skuId, to.id, line.quantity);
    }
    await this.ledger.published(source, applied);
    return this.get(transfer.id, scope);
  }

  /** The receiving warehouse books the goods in. */
  receive(id: string, expected: number[] | undefined, scope: DataScope): Promise<StockTransferResponse> {
    return this.finish(id, expected, scope, 'received');
  }

  /** The goods go back to the sender (they never left, or came back). */
  cancel(id: string, expected: number[] | undefined, scope: DataScope): Promise<StockTransferResponse> {
    return this.finish(id, expected, scope, 'cancelled');
  }

  async list(query: ListStockTransfersQuery, scope: DataScope): Promise<Page<StockTransferResponse>> {
    const qb = this.transfers
      .createQueryBuilder('t')
      .innerJoin('warehouse', 'wf', 'wf.id = t.from_warehouse_id')
      .innerJoin('warehouse', 'wt', 'wt.id = t.to_warehouse_id');
    if (!scope.all) {
      qb.andWhere(
        new Brackets((either) =>
          either
            .where('wf.region_id = ANY(:scopeUnits)', { scopeUnits: scope.orgUnitIds })
            .orWhere('wt.region_id = ANY(:scopeUnits)'),
        ),
      );
    }
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    if (query.warehouseId) {
      qb.andWhere('(t.from_warehouse_id = :warehouseId OR t.to_warehouse_id = :warehouseId)', {
        warehouseId: query.warehouseId,
      });
    }
    const page = await paginate(
      qb,
      { ...query, sort: '-createdAt' },
      {
        sorts: { createdAt: { column: 't.id', value: (t) => t.id } },
        idColumn: 't.id',
        idValue: (t) => t.id,
      },
    );
    const lines = page.data.length
      ? await this.connection
          .getRepository(StockTransferLine)
          .createQueryBuilder('l')
          .where('l.transfer_id = ANY(:ids)', { ids: page.data.map((t) => t.id) })
          .orderBy('l.sku_id')
          .getMany()
      : [];
    return { ...page, data: await this.responses(page.data, lines) };
  }

  async get(id: string, scope: DataScope): Promise<StockTransferResponse> {
    const transfer = await this.visible(id, scope);
    const lines = await this.connection
      .getRepository(StockTransferLine)
      .find({ where: { transferId: id }, order: { skuId: 'ASC' } });
    return (await this.responses([transfer], lines))[0];
  }

  private async finish(
    id: string,
    expected: number[] | undefined,
    scope: DataScope,
    outcome: 'received' | 'cancelled',
  ): Promise<StockTransferResponse> {
    const transfer = await this.transfers.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!transfer || !(await this.inScope(transfer, scope))) throw new StockTransferNotFoundError(id);
    assertVersionMatches('transfer', expected, transfer.version);
    if (transfer.status !== 'in_transit')
      throw new TransferNotInTransitError(transfer.number, transfer.status);
    const lines = await this.connection
      .getRepository(StockTransferLine)
      .find({ where: { transferId: id }, order: { skuId: 'ASC' } });
    await this.ledger.lock(
      lines.flatMap((line) => [
        { skuId: line.skuId, warehouseId: transfer.fromWarehouseId },
        { skuId: line.skuId, warehouseId: transfer.toWarehouseId },
      ]),
    );
    const source = { type: 'stock-transfer', id: transfer.id, number: transfer.number };
    const applied: AppliedMovement[] = [];
    for (const line of lines) {
      const movement =
        outcome === 'received'
          ? await this.ledger.apply({
              skuId: line.skuId,
              warehouseId: transfer.toWarehouseId,
              kind: 'transfer_in',
              onHandDelta: line.quantity,
              reservedDelta: 0,
              inTransitDelta: -line.quantity,
              source,
            })
          : await this.returnToSender(transfer, line, source);
      if (!movement) throw new Error(`A transfer ${outcome} failed its guard under lock`);
      applied.push(movement);
    }
    transfer.status = outcome;
    if (outcome === 'received') transfer.receivedAt = new Date();
    else transfer.cancelledAt = new Date();
    await this.transfers.save(transfer);
    await this.ledger.published(source, applied);
    return this.get(id, scope);
  }

  private async returnToSender(
    transfer: StockTransfer,
    line: StockTransferLine,
    source: { type: string; id: string; number: string },
  ): Promise<AppliedMovement | undefined> {
    if (!(await this.ledger.moveInTransit(line.skuId, transfer.toWarehouseId, -line.quantity)))
      return undefined;
    return this.ledger.apply({
      skuId: line.skuId,
      warehouseId: transfer.fromWarehouseId,
      kind: 'transfer_in',
      onHandDelta: line.quantity,
      reservedDelta: 0,
      source,
      reason: 'transfer cancelled',
    });
  }

  private async visible(id: string, scope: DataScope): Promise<StockTransfer> {
    const transfer = await this.transfers.findOneBy({ id });
    if (!transfer || !(await this.inScope(transfer, scope))) throw new StockTransferNotFoundError(id);
    return transfer;
  }

  /** A transfer belongs to both ends: people of either warehouse's territory see it. */
  private async inScope(transfer: StockTransfer, scope: DataScope): Promise<boolean> {
    if (scope.all) return true;
    const warehouses = await this.labels.warehouses([transfer.fromWarehouseId, transfer.toWarehouseId]);
    return [...warehouses.values()].some((w) => scopeAllows(scope, w.regionId));
  }

  private async responses(
    transfers: StockTransfer[],
    lines: StockTransferLine[],
  ): Promise<StockTransferResponse[]> {
    const warehouses = await this.labels.warehouses(
      transfers.flatMap((t) => [t.fromWarehouseId, t.toWarehouseId]),
    );
    const skus = await this.skus.byIds(lines.map((line) => line.skuId));
    return transfers.map((t) => ({
      id: t.id,
      number: t.number,
      fromWarehouseId: t.fromWarehouseId,
      fromWarehouseCode: warehouses.get(t.fromWarehouseId)!.code,
      toWarehouseId: t.toWarehouseId,
      toWarehouseCode: warehouses.get(t.toWarehouseId)!.code,
      status: t.status,
      note: t.note,
      createdAt: t.createdAt.toISOString(),
      receivedAt: t.receivedAt?.toISOString() ?? null,
      cancelledAt: t.cancelledAt?.toISOString() ?? null,
      version: t.version,
      lines: lines
        .filter((line) => line.transferId === t.id)
        .map((line) => ({
          skuId: line.skuId,
          skuCode: skus.get(line.skuId)?.code ?? '?',
          skuName: skus.get(line.skuId)?.name ?? null,
          quantity: line.quantity,
        })),
    }));
  }
}
