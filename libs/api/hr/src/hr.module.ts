import { Module } from '@nestjs/common';

/** The hr domain: positions, headcount plans, employees, contracts, recruitment, probation, personnel actions, attendance, appraisal. Filled in by its own issue; present so the layout shows the company. */
@Module({})
export class HrModule {}
