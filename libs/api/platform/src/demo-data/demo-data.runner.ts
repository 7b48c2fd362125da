import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { TransactionalConnection } from '../database/transactional-connection';
import { DemoData, DemoDataSeeder } from './demo-data';

/**
 * In demo mode (the embedded database, or DEMO_DATA=true), runs every domain's seeder in order, each in its
 * own transaction, after migrations. Seeders skip what exists, so restarts keep the data as people left it.
 */
@Injectable()
export class DemoDataRunner implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly config: AppConfig,
    private readonly discovery: DiscoveryService,
    private readonly connection: TransactionalConnection,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    const seeders = this.discovery
      .getProviders({ metadataKey: DemoData.KEY })
      .map((wrapper) => ({
        seeder: wrapper.instance as DemoDataSeeder,
        order: this.discovery.getMetadataByDecorator(DemoData, wrapper)?.order ?? 0,
      }))
      .sort((a, b) => a.order - b.order);
    for (const { seeder } of seeders) {
      const summary = await this.connection.withTransaction(() => seeder.seed());
      if (summary) this.logger.log(summary);
    }
  }
}
