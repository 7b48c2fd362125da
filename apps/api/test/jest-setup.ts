import { registerTestMigrations } from '@zhanggui/api-platform/testing';

// Every e2e file may need the migrated template; only the first one that does builds it. The migrations are
// imported then, not here: importing them loads every domain's library, which a file testing one domain
// would otherwise evaluate for nothing.
registerTestMigrations(async () => (await import('../src/app.migrations.js')).allMigrations);
