import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApprovalsModule } from '@zhanggui/api-approvals';
import { IdentityModule } from '@zhanggui/api-identity';
import { ContractApprovalOutcomes } from './contract-approval-outcomes.subscriber';
import { ContractAttachment } from './contract-attachment.entity';
import { ContractAttachmentsController } from './contract-attachments.controller';
import { ContractAttachmentsService } from './contract-attachments.service';
import { ContractHistory } from './contract-history';
import { ContractRemindersService } from './contract-reminders.service';
import { Contract } from './contract.entity';
import { ContractsDemoData } from './contracts.demo-data';
import { ContractsController } from './contracts.controller';
import { ContractSchedules } from './contracts.schedules';
import { ContractsService } from './contracts.service';

/** Economic contracts (经济合同): record, approve through the approvals engine, attach, remind before expiry. */
@Module({
  imports: [IdentityModule, ApprovalsModule, TypeOrmModule.forFeature([Contract, ContractAttachment])],
  controllers: [ContractsController, ContractAttachmentsController],
  providers: [
    ContractHistory,
    ContractsService,
    ContractAttachmentsService,
    ContractRemindersService,
    ContractApprovalOutcomes,
    ContractSchedules,
    ContractsDemoData,
  ],
  exports: [ContractsService],
})
export class ContractsModule {}
