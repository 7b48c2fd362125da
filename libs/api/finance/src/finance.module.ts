import { Module } from '@nestjs/common';

/** The finance domain: chart of accounts, journal entries, periods, payroll, expense claims, payables, reconciliation, assets, budgets. Filled in by its own issue; present so the layout shows the company. */
@Module({})
export class FinanceModule {}
