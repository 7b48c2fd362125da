import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgUnit } from './org-units/org-unit.entity';
import { OrgUnitsController } from './org-units/org-units.controller';
import { OrgUnitsDemoData } from './org-units/org-units.demo-data';
import { OrgUnitsService } from './org-units/org-units.service';

/** Who is who: org units now; users, roles, sessions, API keys and the audit log arrive with the identity issue. */
@Module({
  imports: [TypeOrmModule.forFeature([OrgUnit])],
  controllers: [OrgUnitsController],
  providers: [OrgUnitsService, OrgUnitsDemoData],
  exports: [OrgUnitsService],
})
export class IdentityModule {}
