import type { Translation } from '../translation';
import { apiKeys } from './api-keys';
import { approvals } from './approvals';
import { auditLog } from './audit-log';
import { catalog } from './catalog';
import { catalogTransfer } from './catalog-transfer';
import { cod } from './cod';
import { gmDashboard } from './dashboard';
import { financeSettlement } from './finance-settlement';
import { financeContracts } from './finance-contracts';
import { financeExpenses } from './finance-expenses';
import { financePayroll } from './finance-payroll';
import { financeLedger } from './finance-ledger';
import { hrOffice } from './hr-office';
import { hrPeople } from './hr-people';
import { hrTime } from './hr-time';
import { inventory } from './inventory';
import { members } from './members';
import { orders } from './orders';
import { orgUnits } from './org-units';
import { pricing } from './pricing';
import { products } from './products';
import { promotions } from './promotions';
import { purchasing } from './purchasing';
import { returns } from './returns';
import { salesCampaigns } from './sales-campaigns';
import { salesTargets } from './sales-targets';
import { salesReports } from './sales-reports';
import { salesFranchise } from './sales-franchise';
import { salesExpenseControl } from './sales-expense-control';
import { shell } from './shell';
import { support } from './support';
import { users } from './users';
import { webhooks } from './webhooks';

/** The console's words in English. Must hold exactly the keys of zh-CN (the type and a test both check). */
export const en: Translation = {
  ...shell,
  approvals,
  orgUnits,
  users,
  apiKeys,
  webhooks,
  auditLog,
  catalog,
  products,
  pricing,
  promotions,
  catalogTransfer,
  inventory,
  purchasing,
  orders,
  members,
  returns,
  cod,
  financeSettlement,
  financeContracts,
  financeExpenses,
  financePayroll,
  financeLedger,
  support,
  hrTime,
  hrPeople,
  hrOffice,
  gmDashboard,
  salesCampaigns,
  salesTargets,
  salesReports,
  salesFranchise,
  salesExpenseControl,
};
