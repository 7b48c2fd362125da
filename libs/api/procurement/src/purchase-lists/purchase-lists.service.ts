import { Injectable } from '@nestjs/common';
import {
  assertVersionMatches,
  bigintAsNumber,
  currentActor,
  DocumentNumbers,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { PricesService } from '@zhanggui/api-catalog';
import { StockService } from '@zhanggui/api-inventory';
import { DocumentHistory } from '../history/document-history';
import { ProcurementReferences } from '../purchase-orders/purchase-order-references';
import { PurchaseOrdersService } from '../purchase-orders/purchase-orders.service';
import { addDays, businessDay } from '../shared/business-day';
import { SuppliersService } from '../suppliers/suppliers.service';
import type {
  ApprovePurchaseListDto,
  GeneratePurchaseListDto,
  ListPurchaseListsQuery,
  UpdatePurchaseListDto,
} from './dto/purchase-list.dto';
import { suggestReplenishment } from './purchase-list-formula';
import { PurchaseListLine } from './purchase-list-line.entity';
import { PurchaseList } from './purchase-list.entity';
import {
  PurchaseListApprovedError,
  PurchaseListLineUnknownError,
  PurchaseListNotFoundError,
  WarehouseRequiredError,
} from './purchase-list.errors';

const DAY_MS = 86_400_000;

export interface PurchaseListDetail {
  list: PurchaseList;
  lines: PurchaseListLine[];
}

/** What a purchase list's lines add up to (purchaseListFigures computes the same from loaded lines). */
export interface PurchaseListFigures {
  lineCount: number;
  linesToBuy: number;
  totalQuantity: number;
  estimatedAmount: number;
}

export interface PurchaseListOverview extends PurchaseListFigures {
  list: PurchaseList;
}

interface StockTotals {
  onHand: number;
  reserved: number;
  transferInTransit: number;
  safetyStock: number;
  reorderPoint: number;
}

/**
 * The purchase list (采购清单): what to buy, per SKU, from sales velocity, stock, backlog and what is already
 * on its way, with every number behind each suggestion kept on the line. The product manager edits the
 * quantities and approves; approval can turn the list into draft purchase orders, one per supplier.
 */
@Injectable()
export class PurchaseListsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
    private readonly stock: StockService,
    private readonly prices: PricesService,
    private readonly orders: PurchaseOrdersService,
    private readonly suppliers: SuppliersService,
    private readonly references: ProcurementReferences,
    private readonly history: DocumentHistory,
  ) {}

  private get lists() {
    return this.connection.getRepository(PurchaseList);
  }

  private get listLines() {
    return this.connection.getRepository(PurchaseListLine);
  }

  list(query: ListPurchaseListsQuery): Promise<Page<PurchaseList>> {
    const qb = this.lists.createQueryBuilder('l');
    if (query.status) qb.andWhere('l.status = :status', { status: query.status });
    return paginate(
      qb,
      { ...query, sort: query.sort ?? '-createdAt' },
      {
        sorts: { createdAt: { column: 'l.id', value: (l) => l.id } },
        idColumn: 'l.id',
        idValue: (l) => l.id,
      },
    );
  }

  /** The figures of a page of lists in one query, however many lists the page holds. */
  async overviews(lists: PurchaseList[]): Promise<PurchaseListOverview[]> {
    const rows: Array<{
      purchaseListId: string;
      lineCount: number;
      linesToBuy: number;
      totalQuantity: string;
      estimatedAmount: string;
    }> = lists.length
      ? await this.connection.manager.query(
          `SELECT purchase_list_id AS "purchaseListId", count(*)::int AS "lineCount",
                  count(*) FILTER (WHERE quantity > 0)::int AS "linesToBuy",
                  sum(quantity)::bigint AS "totalQuantity",
                  coalesce(sum(quantity * unit_price), 0)::bigint AS "estimatedAmount"
             FROM purchase_list_line WHERE purchase_list_id = ANY($1) GROUP BY purchase_list_id`,
          [lists.map((list) => list.id)],
        )
      : [];
    const byList = new Map(rows.map((row) => [row.purchaseListId, row]));
    return lists.map((list) => {
      const row = byList.get(list.id);
      return {
        list,
        lineCount: row?.lineCount ?? 0,
        linesToBuy: row?.linesToBuy ?? 0,
        totalQuantity: row ? bigintAsNumber.from(row.totalQuantity) : 0,
        estimatedAmount: row ? bigintAsNumber.from(row.estimatedAmount) : 0,
      };
    });
  }

  async get(id: string): Promise<PurchaseListDetail> {
    const list = await this.lists.findOneBy({ id });
    if (!list) throw new PurchaseListNotFoundError(id);
    return {
      list,
      lines: await this.listLines.find({ where: { purchaseListId: id }, order: { id: 'ASC' } }),
    };
  }

  async generate(input: GeneratePurchaseListDto): Promise<PurchaseListDetail> {
    const until = new Date();
    const since = new Date(until.getTime() - input.windowDays * DAY_MS);
    const reviewDays = input.reviewDays ?? 7;
    if (input.skuIds)
      await this.references.skus(
        input.skuIds.map((skuId) => ({ skuId })),
        'skuIds',
      );
    const levels = await this.stock.levels({ regionId: input.regionId, skuIds: input.skuIds });
    const shipped = await this.stock.shippedQuantities({
      since,
      until,
      regionId: input.regionId,
      skuIds: input.skuIds,
    });
    const totals = new Map<string, StockTotals>();
    for (const level of levels) {
      const total = totals.get(level.skuId) ?? {
        onHand: 0,
        reserved: 0,
        transferInTransit: 0,
        safetyStock: 0,
        reorderPoint: 0,
      };
      total.onHand += level.onHand;
      total.reserved += level.reserved;
      total.transferInTransit += level.inTransit;
      total.safetyStock += level.safetyStock;
      total.reorderPoint += level.reorderPoint;
      totals.set(level.skuId, total);
    }
    const skuIds = input.skuIds ?? [...new Set([...totals.keys(), ...shipped.keys()])].sort();
    // In a region, only orders delivering to its warehouses are on their way to it.
    const warehouseIds = input.regionId ? [...new Set(levels.map((level) => level.warehouseId))] : undefined;
    const open = await this.orders.openQuantities(skuIds, warehouseIds);
    const preferred = await this.orders.lastOrdered(skuIds);
    const costs = await this.prices.costs(skuIds);
    const suppliers = await this.suppliers.byIds([...preferred.values()].map((p) => p.supplierId));

    const actor = currentActor();
    const list = await this.lists.save(
      this.lists.create({
        number: await this.numbers.next('PL'),
        regionId: input.regionId ?? null,
        windowDays: input.windowDays,
        reviewDays,
        status: 'draft',
        approvedBy: null,
        approvedAt: null,
        purchaseOrderIds: [],
        createdBy: actor?.kind === 'user' ? actor.id : null,
      }),
    );
    const lines = skuIds.map((skuId) => {
      const stock = totals.get(skuId) ?? {
        onHand: 0,
        reserved: 0,
        transferInTransit: 0,
        safetyStock: 0,
        reorderPoint: 0,
      };
      const supplier = preferred.get(skuId);
      const openPurchaseQuantity = open.get(skuId) ?? 0;
      const leadTimeDays = supplier
        ? (suppliers.get(supplier.supplierId)?.leadTimeDays ?? 0)
        : (input.defaultLeadTimeDays ?? 7);
      const inTransit = openPurchaseQuantity + stock.transferInTransit;
      const suggestion = suggestReplenishment({
        shippedQuantity: shipped.get(skuId) ?? 0,
        windowDays: input.windowDays,
        leadTimeDays,
        reviewDays,
        safetyStock: stock.safetyStock,
        reorderPoint: stock.reorderPoint,
        reserved: stock.reserved,
        onHand: stock.onHand,
        inTransit,
      });
      return this.listLines.create({
        purchaseListId: list.id,
        skuId,
        supplierId: supplier?.supplierId ?? null,
        shippedQuantity: shipped.get(skuId) ?? 0,
        onHand: stock.onHand,
        reserved: stock.reserved,
        inTransit,
        openPurchaseQuantity,
        reorderPoint: stock.reorderPoint,
        safetyStock: stock.safetyStock,
        leadTimeDays,
        suggestedQuantity: suggestion.suggestedQuantity,
        quantity: suggestion.suggestedQuantity,
        unitPrice: supplier?.unitPrice ?? costs.get(skuId)?.amount ?? null,
      });
    });
    await this.listLines.save(lines);
    await this.history.record('purchase_list', list.id, {
      action: 'generated',
      to: 'draft',
      note: `${lines.length} SKUs, ${input.windowDays}-day window${input.regionId ? `, region ${input.regionId}` : ''}`,
    });
    return this.get(list.id);
  }

  async update(id: string, changes: UpdatePurchaseListDto, expected?: number[]): Promise<PurchaseListDetail> {
    const list = await this.lockDraft(id, expected);
    const lines = await this.listLines.findBy({ purchaseListId: id });
    const bySku = new Map(lines.map((line) => [line.skuId, line]));
    for (const [index, change] of changes.lines.entries()) {
      const line = bySku.get(change.skuId);
      if (!line) throw new PurchaseListLineUnknownError(`lines.${index}.skuId`);
      if (change.supplierId !== undefined) {
        await this.suppliers.active(change.supplierId, `lines.${index}.supplierId`);
        line.supplierId = change.supplierId;
      }
      if (change.quantity !== undefined) line.quantity = change.quantity;
      if (change.unitPrice !== undefined) line.unitPrice = change.unitPrice;
      await this.listLines.save(line);
    }
    // Touches the list so its version (and ETag) moves with its lines.
    await this.lists.increment({ id: list.id }, 'version', 1);
    await this.history.record('purchase_list', id, {
      action: 'edited',
      note: `${changes.lines.length} lines`,
    });
    return this.get(id);
  }

  /** Approves the list; by default each supplier's lines become one draft purchase order. */
  async approve(id: string, input: ApprovePurchaseListDto, expected?: number[]): Promise<PurchaseListDetail> {
    const list = await this.lockDraft(id, expected);
    const lines = await this.listLines.find({ where: { purchaseListId: id }, order: { id: 'ASC' } });
    const createOrders = input.createPurchaseOrders ?? true;
    const orderIds: string[] = [];
    if (createOrders) {
      if (!input.warehouseId) throw new WarehouseRequiredError();
      const bySupplier = new Map<string, PurchaseListLine[]>();
      for (const line of lines.filter((l) => l.quantity > 0 && l.supplierId)) {
        bySupplier.set(line.supplierId!, [...(bySupplier.get(line.supplierId!) ?? []), line]);
      }
      for (const [supplierId, supplierLines] of bySupplier) {
        const supplier = await this.suppliers.get(supplierId);
        const order = await this.orders.create(
          {
            supplierId,
            warehouseId: input.warehouseId,
            lines: supplierLines.map((line) => ({
              skuId: line.skuId,
              quantity: line.quantity,
              unitPrice: line.unitPrice ?? 0,
            })),
            expectedDate: addDays(businessDay(new Date()), supplier.leadTimeDays),
            note: `${list.number}`,
          },
          { type: 'purchase_list', id: list.id },
        );
        orderIds.push(order.order.id);
      }
    }
    const actor = currentActor();
    list.status = 'approved';
    list.approvedBy = actor?.kind === 'user' ? actor.id : null;
    list.approvedAt = new Date();
    list.purchaseOrderIds = orderIds;
    await this.lists.save(list);
    const unassigned = lines.filter((line) => line.quantity > 0 && !line.supplierId).length;
    await this.history.record('purchase_list', id, {
      action: 'approved',
      from: 'draft',
      to: 'approved',
      note: createOrders
        ? `${orderIds.length} draft purchase orders${unassigned ? `; ${unassigned} lines without a supplier left out` : ''}`
        : null,
    });
    return this.get(id);
  }

  private async lockDraft(id: string, expected?: number[]): Promise<PurchaseList> {
    const list = await this.lists.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!list) throw new PurchaseListNotFoundError(id);
    assertVersionMatches('purchase list', expected, list.version);
    if (list.status !== 'draft') throw new PurchaseListApprovedError(list.number);
    return list;
  }
}
