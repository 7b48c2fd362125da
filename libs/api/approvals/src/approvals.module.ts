import { Module } from '@nestjs/common';

/** The approvals domain: approval requests, chains of steps by role and org unit, decisions, the inbox. Filled in by its own issue; present so the layout shows the company. */
@Module({})
export class ApprovalsModule {}
