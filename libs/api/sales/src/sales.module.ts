import { Module } from '@nestjs/common';

/** The sales domain: targets and allocations, commissions, operating reports, franchise and logistics partners, campaigns, dashboards. Filled in by its own issue; present so the layout shows the company. */
@Module({})
export class SalesModule {}
