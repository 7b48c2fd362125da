import { currentActor } from '@zhanggui/api-platform';
import { maskBankAccount } from './bank-account-mask';
import type { SupplierResponse } from './dto/supplier.dto';
import type { Supplier } from './supplier.entity';
import type { SupplierRating } from './supplier-rating';

const NO_HISTORY: SupplierRating = { deliveries: 0, onTime: 0, complete: 0, score: null };

/**
 * A supplier as the caller may see it. Lists always mask the bank account (a list is copied, exported and
 * screenshotted); a single supplier shows it in full only to holders of suppliers:bank-read.
 */
export function supplierResponse(
  supplier: Supplier,
  rating: SupplierRating | undefined,
  view: 'list' | 'detail',
): SupplierResponse {
  const full = view === 'detail' && !!currentActor()?.permissions.has('suppliers:bank-read');
  return {
    id: supplier.id,
    code: supplier.code,
    name: supplier.name,
    contacts: supplier.contacts,
    bankName: supplier.bankName,
    bankAccount: full ? supplier.bankAccount : maskBankAccount(supplier.bankAccount),
    bankAccountMasked: !full && supplier.bankAccount !== null,
    paymentTermsDays: supplier.paymentTermsDays,
    leadTimeDays: supplier.leadTimeDays,
    status: supplier.status,
    note: supplier.note,
    rating: rating ?? NO_HISTORY,
    version: supplier.version,
    createdAt: supplier.createdAt.toISOString(),
    updatedAt: supplier.updatedAt.toISOString(),
  };
}
