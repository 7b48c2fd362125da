import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApprovalsModule } from '@zhanggui/api-approvals';
import { IdentityModule } from '@zhanggui/api-identity';
import { BudgetsModule } from '../budgets/budgets.module';
import { LedgerAccount } from '../ledger/account.entity';
import { AccountingPeriod } from '../ledger/accounting-period.entity';
import { JournalEntry } from '../ledger/journal-entry.entity';
import { JournalLine } from '../ledger/journal-line.entity';
import { ExpenseApprovalOutcomes } from './expense-approval-outcomes.subscriber';
import { ExpenseAttachment } from './expense-attachment.entity';
import { ExpenseAttachmentsController } from './expense-attachments.controller';
import { ExpenseAttachmentsService } from './expense-attachments.service';
import { ExpenseClaimAccess } from './expense-claim-access';
import { ExpenseClaimDecisionsController } from './expense-claim-decisions.controller';
import { ExpenseClaimDecisionsService } from './expense-claim-decisions.service';
import { ExpenseClaimHistory } from './expense-claim-history';
import { ExpenseClaimLine } from './expense-claim-line.entity';
import { ExpenseClaim } from './expense-claim.entity';
import { ExpenseClaimsController } from './expense-claims.controller';
import { ExpenseClaimsService } from './expense-claims.service';
import { ExpensePaymentsService } from './expense-payments.service';
import { ExpensePolicyLimit } from './expense-policy-limit.entity';
import { ExpensePolicyController } from './expense-policy.controller';
import { ExpensePolicyService } from './expense-policy.service';

/**
 * Expense claims (单据报销): policy, claims, receipts, the manager → finance approval with the budget check,
 * payment, and the ledger postings. It posts through LedgerModule (FinanceModule imports
 * this one, so it cannot be imported back).
 */
@Module({
  imports: [
    LedgerModule,
    IdentityModule,
    ApprovalsModule,
    BudgetsModule,
    TypeOrmModule.forFeature([
      ExpenseClaim,
      ExpenseClaimLine,
      ExpenseAttachment,
      ExpensePolicyLimit,
      LedgerAccount,
      AccountingPeriod,
      JournalEntry,
      JournalLine,
    ]),
  ],
  controllers: [
    ExpenseClaimsController,
    ExpenseClaimDecisionsController,
    ExpenseAttachmentsController,
    ExpensePolicyController,
  ],
  providers: [
    ExpenseClaimAccess,
    ExpenseClaimHistory,
    ExpensePolicyService,
    ExpenseClaimsService,
    ExpenseClaimDecisionsService,
    ExpensePaymentsService,
    ExpenseAttachmentsService,
    ExpenseApprovalOutcomes,
  ],
})
export class ExpensesModule {}
