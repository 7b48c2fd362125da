import type { MemberLevel } from './member-level.entity';
import type { Member } from './member.entity';

/** A customer's membership as reads of the customer show it. */
export interface MembershipSnapshot {
  id: string;
  number: string;
  joinedAt: Date;
  /** Completed-order spend of the rolling 12 months, minor units. */
  qualifyingSpend: number;
  level: { id: string; nameZh: string; nameEn: string; rebateBps: number } | null;
}

export function membershipSnapshot(
  member: Member,
  level: MemberLevel | null | undefined,
): MembershipSnapshot {
  return {
    id: member.id,
    number: member.number,
    joinedAt: member.joinedAt,
    qualifyingSpend: member.qualifyingSpend,
    level: level
      ? { id: level.id, nameZh: level.nameZh, nameEn: level.nameEn, rebateBps: level.rebateBps }
      : null,
  };
}
