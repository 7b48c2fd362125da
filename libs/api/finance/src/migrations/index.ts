import { CreateLedger1765000000000 } from './1765000000000-create-ledger';
import { CreatePayroll1765100000000 } from './1765100000000-create-payroll';
import { CreateExpensesAndBudgets1765200000000 } from './1765200000000-create-expenses-and-budgets';
import { CreateSettlementAndAssets1765300000000 } from './1765300000000-create-settlement-and-assets';
import { CreateContracts1765600000000 } from './1765600000000-create-contracts';

export const financeMigrations = [
  CreateLedger1765000000000,
  CreatePayroll1765100000000,
  CreateExpensesAndBudgets1765200000000,
  CreateSettlementAndAssets1765300000000,
  CreateContracts1765600000000,
];
