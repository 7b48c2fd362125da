import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { assertVersionMatches, Page, paginate, TransactionalConnection } from '@zhanggui/api-platform';
import type {
  CreateMemberLevelDto,
  ListMemberLevelsQuery,
  UpdateMemberLevelDto,
} from './dto/member-level.dto';
import { MemberLevel } from './member-level.entity';
import { MemberLevelNotFoundError, MemberLevelTakenError } from './member.errors';

/**
 * The member levels and their rules. Levels are ordered by their spend threshold; changing one does not move
 * members by itself: the recompute (POST /member-levels/recompute) applies new rules to everyone at once.
 */
@Injectable()
export class MemberLevelsService {
  constructor(private readonly connection: TransactionalConnection) {}

  private get levels() {
    return this.connection.getRepository(MemberLevel);
  }

  list(query: ListMemberLevelsQuery): Promise<Page<MemberLevel>> {
    return paginate(this.levels.createQueryBuilder('l'), query, {
      sorts: { threshold: { column: 'l.threshold_amount', value: (l) => l.thresholdAmount } },
      idColumn: 'l.id',
      idValue: (l) => l.id,
    });
  }

  /** Every level, lowest threshold first: what the level rule runs over. */
  all(): Promise<MemberLevel[]> {
    return this.levels.find({ order: { thresholdAmount: 'ASC' } });
  }

  async get(id: string): Promise<MemberLevel> {
    const level = await this.levels.findOneBy({ id });
    if (!level) throw new MemberLevelNotFoundError(id);
    return level;
  }

  async create(input: CreateMemberLevelDto): Promise<MemberLevel> {
    await this.assertFree(input);
    return this.save(this.levels.create({ ...input, currency: 'CNY' }));
  }

  async update(id: string, changes: UpdateMemberLevelDto, expected?: number[]): Promise<MemberLevel> {
    const level = await this.levels.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!level) throw new MemberLevelNotFoundError(id);
    assertVersionMatches('member level', expected, level.version);
    await this.assertFree(changes, id);
    Object.assign(level, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
    return this.save(level);
  }

  private async assertFree(input: UpdateMemberLevelDto, exceptId?: string): Promise<void> {
    const clash = async (where: Partial<MemberLevel>) => {
      const other = await this.levels.findOneBy(where);
      return !!other && other.id !== exceptId;
    };
    if (input.nameZh !== undefined && (await clash({ nameZh: input.nameZh })))
      throw new MemberLevelTakenError('nameZh');
    if (input.thresholdAmount !== undefined && (await clash({ thresholdAmount: input.thresholdAmount })))
      throw new MemberLevelTakenError('thresholdAmount');
  }

  /** The unique constraints have the last word when two requests race. */
  private async save(level: MemberLevel): Promise<MemberLevel> {
    try {
      return await this.levels.save(level);
    } catch (error) {
      const constraint = (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      if (constraint === 'member_level_name_zh_key') throw new MemberLevelTakenError('nameZh');
      if (constraint === 'member_level_threshold_key') throw new MemberLevelTakenError('thresholdAmount');
      throw error;
    }
  }
}
