import type { OrderNote, OrderTimelineEntry } from './orders.api';

export type TimelineItem =
  | { kind: 'step'; id: string; at: string; entry: OrderTimelineEntry }
  | { kind: 'note'; id: string; at: string; note: OrderNote };

/** Status changes and notes on one line, oldest first (what the customer-service agent reads top down). */
export function orderTimelineItems(
  entries: readonly OrderTimelineEntry[],
  notes: readonly OrderNote[],
): TimelineItem[] {
  const items: TimelineItem[] = [
    ...entries.map((entry) => ({ kind: 'step' as const, id: entry.id, at: entry.occurredAt, entry })),
    ...notes.map((note) => ({ kind: 'note' as const, id: note.id, at: note.createdAt, note })),
  ];
  // Stable: at the same instant a step comes before the note written with it.
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => Date.parse(a.item.at) - Date.parse(b.item.at) || a.index - b.index)
    .map(({ item }) => item);
}
