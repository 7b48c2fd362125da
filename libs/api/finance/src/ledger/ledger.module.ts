import { Module } from '@nestjs/common';
import { LedgerService } from './ledger.service';
import { PeriodsService } from './periods.service';

/**
 * The one posting service and the periods it books into, shared by the ledger's own routes and every finance
 * feature that posts (payroll, expenses, settlement, assets) — one provider, imported, not a copy per module.
 */
@Module({
  providers: [PeriodsService, LedgerService],
  exports: [PeriodsService, LedgerService],
})
export class LedgerModule {}
