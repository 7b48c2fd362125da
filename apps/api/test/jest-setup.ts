import { registerTestMigrations } from '@zhanggui/api-platform/testing';
import { allMigrations } from '../src/app.migrations';

// Every e2e file may need the migrated template; only the first one that does builds it.
registerTestMigrations(async () => allMigrations);
