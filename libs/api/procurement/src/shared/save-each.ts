import type { ObjectLiteral, Repository } from 'typeorm';

/**
 * Saves rows one after another. `repository.save([...])` runs the audit subscriber for every row at once
 * (TypeORM broadcasts with Promise.all), which sends concurrent queries down the transaction's single
 * connection — something pg deprecates. One at a time keeps the audit rows and the queries in order.
 */
export async function saveEach<Entity extends ObjectLiteral>(
  repository: Repository<Entity>,
  rows: Entity[],
): Promise<Entity[]> {
  const saved: Entity[] = [];
  for (const row of rows) saved.push(await repository.save(row));
  return saved;
}
