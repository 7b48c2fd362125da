import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CodReconciliationController } from './cod/cod-reconciliation.controller';
import { CodReconciliationService } from './cod/cod-reconciliation.service';
import { CodRemittancesSubscriber } from './cod/cod-remittances.subscriber';
import { Payable } from './payables/payable.entity';
import { PayablesController, SupplierStatementsController } from './payables/payables.controller';
import { PayablesService } from './payables/payables.service';
import { PayablesSubscriber } from './payables/payables.subscriber';
import { PaymentRun } from './payables/payment-run.entity';
import { PaymentRunsController } from './payables/payment-runs.controller';
import { PaymentRunsService } from './payables/payment-runs.service';
import { ProviderPaymentsSubscriber } from './website/provider-payments.subscriber';
import { WebsiteReconciliationController } from './website/website-reconciliation.controller';
import { WebsiteReconciliationService } from './website/website-reconciliation.service';

/**
 * 结算与回笼: supplier settlement (payables, payment runs, statements) and cash reconciliation (COD
 * remittances against bank deposits, the payment provider's statement against prepaid orders). Posts through
 * LedgerModule's posting service.
 */
@Module({
  imports: [LedgerModule, TypeOrmModule.forFeature([Payable, PaymentRun])],
  controllers: [
    PayablesController,
    SupplierStatementsController,
    PaymentRunsController,
    WebsiteReconciliationController,
    CodReconciliationController,
  ],
  providers: [
    PayablesService,
    PaymentRunsService,
    PayablesSubscriber,
    WebsiteReconciliationService,
    ProviderPaymentsSubscriber,
    CodReconciliationService,
    CodRemittancesSubscriber,
  ],
})
export class SettlementModule {}
