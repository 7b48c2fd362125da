import { Module } from '@nestjs/common';

/** The orders domain: customers and members, orders, payments, shipments, COD collection and remittances, returns, rebates. Filled in by its own issue; present so the layout shows the company. */
@Module({})
export class OrdersModule {}
