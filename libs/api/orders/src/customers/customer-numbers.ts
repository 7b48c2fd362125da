import type { TransactionalConnection } from '@zhanggui/api-platform';

/**
 * Customer and member numbers count up for ever (C-000123, M-000045) rather than per day like documents:
 * people quote them for years. A rolled-back insert leaves a gap, which is harmless.
 */
export async function nextNumber(
  connection: TransactionalConnection,
  kind: 'customer' | 'member',
): Promise<string> {
  const [row]: Array<{ n: string }> = await connection.manager.query(
    `SELECT nextval('${kind}_number_seq')::text AS n`,
  );
  return `${kind === 'customer' ? 'C' : 'M'}-${row.n.padStart(6, '0')}`;
}
