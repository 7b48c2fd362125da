/**
 * The business document that moved stock (a purchase order's receipt, an order, a transfer). `type` names the
 * document kind (`purchase-order`, `order`), `id` its UUID and `number` its human number, when it has one.
 * Reservations are tracked per source, so releasing or shipping needs only the source.
 */
export type StockSource = { type: string; id: string; number?: string };
