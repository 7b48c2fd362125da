import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { APPROVALS_PERMISSIONS } from './approvals.permissions';
import { ApprovalRequest } from './requests/approval-request.entity';
import { ApprovalStep } from './requests/approval-step.entity';
import { ApprovalsController } from './requests/approvals.controller';
import { ApprovalsService } from './requests/approvals.service';

/** The company's one approval engine: requests, chains of steps by role and org unit, decisions, inboxes. */
@Module({
  imports: [IdentityModule, TypeOrmModule.forFeature([ApprovalRequest, ApprovalStep])],
  controllers: [ApprovalsController],
  providers: [ApprovalsService],
  exports: [ApprovalsService],
})
export class ApprovalsModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(APPROVALS_PERMISSIONS);
  }
}
