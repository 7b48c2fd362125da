export { createTestApp, TEST_ADMIN_PASSWORD, testConfig } from './test-app';
export type { TestApp, TestAppOptions } from './test-app';
export {
  createTestDatabase,
  registerTestMigrations,
  withAdminClient,
  withDatabase,
} from './test-database-server';
export { clocksRunToday, ensureCalendarYear } from './calendar-years';
export { expectProblem } from './expect-problem';
export { countQueries } from './count-queries';
export type { QueryCount } from './count-queries';
