import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@zhanggui/api-catalog';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { AssetsModule } from './assets/assets.module';
import { BudgetsModule } from './budgets/budgets.module';
import { ContractsModule } from './contracts/contracts.module';
import { ExpensesModule } from './expenses/expenses.module';
import { FinanceDemoData } from './finance.demo-data';
import { FINANCE_PERMISSIONS } from './finance.permissions';
import { LedgerAccount } from './ledger/account.entity';
import { AccountingPeriod } from './ledger/accounting-period.entity';
import { AccountsController } from './ledger/accounts.controller';
import { AccountsService } from './ledger/accounts.service';
import { JournalEntriesController } from './ledger/journal-entries.controller';
import { JournalEntry } from './ledger/journal-entry.entity';
import { JournalLine } from './ledger/journal-line.entity';
import { JournalQueriesService } from './ledger/journal-queries.service';
import { LedgerReportsController } from './ledger/ledger-reports.controller';
import { LedgerReportsService } from './ledger/ledger-reports.service';
import { LedgerModule } from './ledger/ledger.module';
import { PeriodsController } from './ledger/periods.controller';
import { PayrollModule } from './payroll/payroll.module';
import { BusinessPostingsSubscriber, CostOfSalesSubscriber } from './postings/business-postings.subscriber';
import { PayablesDueService } from './settlement/payables/payables-due.service';
import { ReconciliationFiguresService } from './settlement/website/reconciliation-figures.service';
import { SettlementModule } from './settlement/settlement.module';

/**
 * The finance domain. This round: the general ledger — chart of accounts, journal entries, periods, the one
 * posting service every money event goes through (LedgerService.post), automatic postings from orders,
 * inventory and procurement events, and the period reports. Payroll, expense claims, payables, reconciliation,
 * assets, contracts and budgets come next and post through LedgerService.
 */
@Module({
  imports: [
    LedgerModule,
    IdentityModule,
    CatalogModule,
    PayrollModule,
    AssetsModule,
    SettlementModule,
    ExpensesModule,
    BudgetsModule,
    ContractsModule,
    TypeOrmModule.forFeature([LedgerAccount, AccountingPeriod, JournalEntry, JournalLine]),
  ],
  controllers: [AccountsController, PeriodsController, JournalEntriesController, LedgerReportsController],
  providers: [
    AccountsService,
    JournalQueriesService,
    LedgerReportsService,
    BusinessPostingsSubscriber,
    CostOfSalesSubscriber,
    FinanceDemoData,
    PayablesDueService,
    ReconciliationFiguresService,
  ],
  exports: [
    LedgerModule,
    PayrollModule,
    BudgetsModule,
    LedgerReportsService,
    PayablesDueService,
    ReconciliationFiguresService,
  ],
})
export class FinanceModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(FINANCE_PERMISSIONS);
  }
}
