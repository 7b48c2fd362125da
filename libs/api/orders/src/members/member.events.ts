/** What members publish (outbox → rebates, sales, partners' webhooks). No personal data. */
export const MEMBER_REGISTERED = 'MemberRegistered';
export const MEMBER_LEVEL_CHANGED = 'MemberLevelChanged';

export interface MemberRegisteredPayload extends Record<string, unknown> {
  memberId: string;
  customerId: string;
  number: string;
  channel: string;
  levelId: string | null;
}

export interface MemberLevelChangedPayload extends Record<string, unknown> {
  memberId: string;
  customerId: string;
  fromLevelId: string | null;
  toLevelId: string | null;
  /** Minor units (分) of the rolling 12 months that decided it. */
  qualifyingSpend: number;
  reason: LevelChangeReason;
}

/** registered: the first level; spend: an order's spend moved it; recompute: the window rolled or rules changed; merge. */
export type LevelChangeReason = 'registered' | 'spend' | 'recompute' | 'merge';
