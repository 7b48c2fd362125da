import type { LevelChange, MemberDetail } from './members.service';
import type { MemberLevel } from './member-level.entity';
import type { LevelChangeResponse, MemberResponse, MembershipResponse } from './dto/member.dto';

const levelRef = (level: MemberLevel | null | undefined) =>
  level ? { id: level.id, nameZh: level.nameZh, nameEn: level.nameEn } : null;

export function memberResponse({ member, customer, level }: MemberDetail): MemberResponse {
  return {
    id: member.id,
    number: member.number,
    customerId: customer.id,
    customerNumber: customer.number,
    channel: member.channel,
    joinedAt: member.joinedAt.toISOString(),
    level: levelRef(level),
    levelSince: member.levelSince?.toISOString() ?? null,
    qualifyingSpend: member.qualifyingSpend,
    currency: 'CNY',
    version: member.version,
  };
}

export function membershipResponse(
  detail: MemberDetail & { levelHistory: LevelChange[] },
  levels: MemberLevel[],
): MembershipResponse {
  const byId = new Map(levels.map((level) => [level.id, level]));
  const change = (entry: LevelChange): LevelChangeResponse => ({
    fromLevel: levelRef(entry.fromLevelId ? byId.get(entry.fromLevelId) : null),
    toLevel: levelRef(entry.toLevelId ? byId.get(entry.toLevelId) : null),
    qualifyingSpend: entry.qualifyingSpend,
    reason: entry.reason,
    changedAt: new Date(entry.changedAt).toISOString(),
  });
  return { ...memberResponse(detail), levelHistory: detail.levelHistory.map(change) };
}
