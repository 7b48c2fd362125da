import { Module } from '@nestjs/common';

/** The procurement domain: suppliers, purchase lists, tenders and quotes, purchase orders, goods receipts, supplier invoices. Filled in by its own issue; present so the layout shows the company. */
@Module({})
export class ProcurementModule {}
