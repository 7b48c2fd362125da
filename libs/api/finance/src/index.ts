export { FinanceModule } from './finance.module';
export { LedgerService } from './ledger/ledger.service';
export type { EntryWithLines } from './ledger/ledger.service';
export { LedgerReportsService } from './ledger/ledger-reports.service';
export type { PostingLine, PostingRequest } from './ledger/journal-rules';
export { financeMigrations } from './migrations';
export { PAYROLL_APPROVED } from './payroll/payroll.events';
export type { PayrollApprovedPayload } from './payroll/payroll.events';
