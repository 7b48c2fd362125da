import { Module } from '@nestjs/common';

/** The inventory domain: warehouses, stock levels, stock movements, reservations, reorder points. Filled in by its own issue; present so the layout shows the company. */
@Module({})
export class InventoryModule {}
