import { DiscoveryService } from '@nestjs/core';

/** What a domain implements to add its part of the demo data set shown by the zero-setup `npm start`. */
export interface DemoDataSeeder {
  /** Adds this domain's demo records unless they are already there (it runs on every demo start). */
  seed(): Promise<string | void>;
}

export interface DemoDataSeederOptions {
  /** Lower runs first: a domain seeds after the domains it builds on (identity 10, catalog 20, …). */
  order: number;
}

/** Marks a provider as a demo data seeder; the platform finds and runs every one at boot in demo mode. */
export const DemoData = DiscoveryService.createDecorator<DemoDataSeederOptions>();
