import { Injectable } from '@nestjs/common';
import { In, QueryFailedError } from 'typeorm';
import { assertVersionMatches, Page, paginate, TransactionalConnection } from '@zhanggui/api-platform';
import { businessDay } from '../shared/business-day';
import { escapeLike } from '../shared/escape-like';
import type { CreateSupplierDto, ListSuppliersQuery, UpdateSupplierDto } from './dto/supplier.dto';
import { Supplier } from './supplier.entity';
import { SupplierCodeTakenError, SupplierNotActiveError, SupplierNotFoundError } from './supplier.errors';
import { Delivery, rateSupplier, SupplierRating } from './supplier-rating';

/** The companies we buy from, and how well they deliver. */
@Injectable()
export class SuppliersService {
  constructor(private readonly connection: TransactionalConnection) {}

  private get suppliers() {
    return this.connection.getRepository(Supplier);
  }

  list(query: ListSuppliersQuery): Promise<Page<Supplier>> {
    const qb = this.suppliers.createQueryBuilder('s');
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    if (query.q) qb.andWhere(`(s.name ILIKE :q OR s.code ILIKE :q)`, { q: `%${escapeLike(query.q)}%` });
    return paginate(qb, query, {
      sorts: {
        name: { column: 's.name', value: (s) => s.name },
        code: { column: 's.code', value: (s) => s.code },
        createdAt: { column: 's.id', value: (s) => s.id },
      },
      idColumn: 's.id',
      idValue: (s) => s.id,
    });
  }

  async get(id: string): Promise<Supplier> {
    const supplier = await this.suppliers.findOneBy({ id });
    if (!supplier) throw new SupplierNotFoundError(id);
    return supplier;
  }

  /** Many suppliers in one query (those of a page of documents); unknown ids are simply absent. */
  async byIds(ids: string[]): Promise<Map<string, Supplier>> {
    const unique = [...new Set(ids)];
    const found = unique.length ? await this.suppliers.findBy({ id: In(unique) }) : [];
    return new Map(found.map((supplier) => [supplier.id, supplier]));
  }

  /** A supplier new business may go to (an order, a tender invitation). */
  async active(id: string, field = 'supplierId'): Promise<Supplier> {
    const supplier = await this.get(id);
    if (supplier.status !== 'active') throw new SupplierNotActiveError(supplier.code, field);
    return supplier;
  }

  async create(input: CreateSupplierDto): Promise<Supplier> {
    return this.translate(
      () =>
        this.suppliers.save(
          this.suppliers.create({
            code: input.code,
            name: input.name,
            contacts: input.contacts ?? [],
            bankName: input.bankName ?? null,
            bankAccount: input.bankAccount ?? null,
            paymentTermsDays: input.paymentTermsDays ?? 30,
            leadTimeDays: input.leadTimeDays ?? 7,
            status: input.status ?? 'active',
            note: input.note ?? null,
          }),
        ),
      input.code,
    );
  }

  async update(id: string, changes: UpdateSupplierDto, expected?: number[]): Promise<Supplier> {
    const supplier = await this.suppliers.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!supplier) throw new SupplierNotFoundError(id);
    assertVersionMatches('supplier', expected, supplier.version);
    Object.assign(supplier, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
    return this.translate(() => this.suppliers.save(supplier), supplier.code);
  }

  /** Ratings of many suppliers in one query (a page of the list). */
  async ratings(supplierIds: string[]): Promise<Map<string, SupplierRating>> {
    const rows: Array<Delivery & { supplierId: string }> = supplierIds.length
      ? await this.connection.manager.query(
          `SELECT po.supplier_id AS "supplierId", to_char(po.expected_date, 'YYYY-MM-DD') AS "expectedDate",
                  sum(l.quantity)::int AS ordered, sum(l.received_quantity)::int AS received,
                  to_char((po.received_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS "completedOn"
             FROM purchase_order po JOIN purchase_order_line l ON l.purchase_order_id = po.id
            WHERE po.supplier_id = ANY($1) AND po.expected_date IS NOT NULL
              AND po.status IN ('sent', 'partially_received', 'received', 'closed')
            GROUP BY po.id`,
          [supplierIds],
        )
      : [];
    const today = businessDay(new Date());
    return new Map(
      supplierIds.map((id) => [
        id,
        rateSupplier(
          rows.filter((row) => row.supplierId === id),
          today,
        ),
      ]),
    );
  }

  private async translate<T>(save: () => Promise<T>, code: string): Promise<T> {
    try {
      return await save();
    } catch (error) {
      const constraint = (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      if (constraint === 'supplier_code_key') throw new SupplierCodeTakenError(code);
      throw error;
    }
  }
}
