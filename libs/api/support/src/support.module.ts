import { Module } from '@nestjs/common';

/** The support domain: tickets, SLA policies and calendars, standard answers, knowledge base, follow-up visits, key accounts. Filled in by its own issue; present so the layout shows the company. */
@Module({})
export class SupportModule {}
