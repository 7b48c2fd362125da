import type { EntityManager } from 'typeorm';
import type { TransactionalConnection } from '../database/transactional-connection';
import { AuditWriter } from './audit-writer';

/** A connection that notes how many inserts overlap, and can be told to fail one. */
function recordingManager(failOn?: string) {
  let running = 0;
  const seen = { maxConcurrent: 0, order: [] as string[] };
  const queryRunner = {};
  const manager = {
    queryRunner,
    async query(_sql: string, parameters: unknown[]) {
      const entityId = parameters[5] as string;
      running += 1;
      seen.maxConcurrent = Math.max(seen.maxConcurrent, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      if (entityId === failOn) throw new Error('insert failed');
      seen.order.push(entityId);
    },
  } as unknown as EntityManager;
  return { manager, seen };
}

describe('AuditWriter', () => {
  const writer = new AuditWriter({} as TransactionalConnection);
  const entry = (entityId: string) => ({ action: 'create', entityType: 'thing', entityId });

  it('sends one connection its audit rows one at a time, in the order they were asked for', async () => {
    const { manager, seen } = recordingManager();
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => writer.record(entry(id), manager)));
    expect(seen).toEqual({ maxConcurrent: 1, order: ['a', 'b', 'c', 'd'] });
  });

  it('reports a failed write to its caller and still writes the ones after it', async () => {
    const { manager, seen } = recordingManager('b');
    const results = await Promise.allSettled(['a', 'b', 'c'].map((id) => writer.record(entry(id), manager)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(seen.order).toEqual(['a', 'c']);
  });

  it('lets different connections write at the same time', async () => {
    const first = recordingManager();
    const second = recordingManager();
    await Promise.all([writer.record(entry('a'), first.manager), writer.record(entry('b'), second.manager)]);
    expect([first.seen.order, second.seen.order]).toEqual([['a'], ['b']]);
  });
});
