import type { TestDatabaseServer } from './test-database-server';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { zhangguiTestServer?: TestDatabaseServer }).zhangguiTestServer?.stop();
}
