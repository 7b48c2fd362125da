import { startTestDatabaseServer, TestDatabaseServer } from './test-database-server';

/** Jest globalSetup: one PostgreSQL server for the whole run (teardown in jest-global-teardown.ts). */
export default async function globalSetup(): Promise<void> {
  (globalThis as { zhangguiTestServer?: TestDatabaseServer }).zhangguiTestServer =
    await startTestDatabaseServer();
}
