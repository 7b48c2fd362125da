import { Injectable } from '@nestjs/common';
import { assertVersionMatches, AuditWriter, TransactionalConnection } from '@zhanggui/api-platform';

export interface ProcurementPolicy {
  /** A purchase order whose total is above this (in 分) waits for the general manager's approval. */
  poApprovalThreshold: number;
  /** How far an invoiced unit price may differ from the order's, in basis points (100 = ±1%). */
  invoicePriceToleranceBp: number;
  /** How many units an invoice line may differ from what was received (0 = exact). */
  invoiceQuantityTolerance: number;
}

/**
 * The amounts and tolerances purchasing works with. Kept in one database row rather than in environment
 * variables: the general manager changes them from the console, every replica sees the change at once, and
 * the audit log says who changed them.
 */
@Injectable()
export class ProcurementPolicyService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditWriter,
  ) {}

  async current(): Promise<ProcurementPolicy & { version: number }> {
    const [row] = await this.connection.manager.query(
      `SELECT po_approval_threshold AS "poApprovalThreshold", invoice_price_tolerance_bp AS "invoicePriceToleranceBp",
              invoice_quantity_tolerance AS "invoiceQuantityTolerance", version
         FROM procurement_policy`,
    );
    // bigint arrives as text; the threshold is a safe integer of 分 (the DTO caps it far below 2^53).
    return { ...row, poApprovalThreshold: Number(row.poApprovalThreshold) };
  }

  async update(
    policy: ProcurementPolicy,
    expected?: number[],
  ): Promise<ProcurementPolicy & { version: number }> {
    await this.connection.manager.query(`SELECT 1 FROM procurement_policy FOR UPDATE`);
    const before = await this.current();
    assertVersionMatches('procurement policy', expected, before.version);
    await this.connection.manager.query(
      `UPDATE procurement_policy SET po_approval_threshold = $1, invoice_price_tolerance_bp = $2,
              invoice_quantity_tolerance = $3, version = version + 1, updated_at = now()`,
      [policy.poApprovalThreshold, policy.invoicePriceToleranceBp, policy.invoiceQuantityTolerance],
    );
    // Raw SQL bypasses the entity audit: the change is recorded here, in the same transaction.
    await this.audit.record({
      action: 'update',
      entityType: 'procurement_policy',
      entityId: 'procurement_policy',
      changes: Object.fromEntries(
        (Object.keys(policy) as Array<keyof ProcurementPolicy>)
          .filter((key) => before[key] !== policy[key])
          .map((key) => [key, { from: before[key], to: policy[key] }]),
      ),
    });
    return this.current();
  }
}
