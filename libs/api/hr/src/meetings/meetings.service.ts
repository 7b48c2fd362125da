import { Injectable } from '@nestjs/common';
import { OrgUnitsService } from '@zhanggui/api-identity';
import {
  applyDataScope,
  BusinessRuleError,
  DocumentNumbers,
  NotFoundError,
  Page,
  paginate,
  scopeAllows,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { Employee } from '../employees/employee.entity';
import { EmployeesService, scopeOf } from '../employees/employees.service';
import { OrgUnitUnknownError } from '../hr.errors';
import type {
  CreateActionItemDto,
  CreateMeetingDto,
  ListActionItemsQuery,
  ListMeetingsQuery,
} from './dto/meeting.dto';
import { Meeting, MeetingActionItem } from './meeting.entities';

class MeetingNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('MEETING_NOT_FOUND', `No meeting ${id}.`);
  }
}

/** Meetings of a unit, their minutes and action items; a manager sees and runs their unit's. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly employees: EmployeesService,
    private readonly orgUnits: OrgUnitsService,
    private readonly numbers: DocumentNumbers,
  ) {}

  private get meetings() {
    return this.connection.getRepository(Meeting);
  }
  private get items() {
    return this.connection.getRepository(MeetingActionItem);
  }

  async create(input: CreateMeetingDto): Promise<Meeting> {
    const unit = await this.orgUnits.get(input.orgUnitId).catch(() => null);
    if (!unit || !scopeAllows(await scopeOf('meetings:write'), input.orgUnitId))
      throw new OrgUnitUnknownError();
    const attendees = [...new Set(input.attendeeIds ?? [])];
    if (attendees.length) {
      const found = await this.connection
        .getRepository(Employee)
        .createQueryBuilder('e')
        .where('e.id = ANY(:ids)', { ids: attendees })
        .getCount();
      if (found !== attendees.length)
        throw new BusinessRuleError('ATTENDEE_UNKNOWN', 'An attendee is not an employee.', [
          { field: 'attendeeIds', message: 'contains an unknown employee' },
        ]);
    }
    return this.meetings.save(
      this.meetings.create({
        number: await this.numbers.next('MT'),
        title: input.title,
        orgUnitId: input.orgUnitId,
        heldAt: new Date(input.heldAt),
        location: input.location ?? null,
        attendeeIds: attendees,
        agenda: input.agenda ?? '',
        minutes: null,
        status: 'scheduled',
      }),
    );
  }

  async list(query: ListMeetingsQuery): Promise<Page<Meeting>> {
    const qb = this.meetings.createQueryBuilder('m');
    applyDataScope(qb, 'm.org_unit_id', await scopeOf('meetings:read'));
    if (query.status) qb.andWhere('m.status = :s', { s: query.status });
    return paginate(
      qb,
      { ...query, sort: query.sort ?? '-heldAt' },
      {
        sorts: { heldAt: { column: 'm.held_at', value: (m) => m.heldAt.toISOString() } },
        idColumn: 'm.id',
        idValue: (m) => m.id,
      },
    );
  }

  async get(id: string, permission = 'meetings:read', lock = false): Promise<Meeting> {
    const qb = this.meetings.createQueryBuilder('m').where('m.id = :id', { id });
    applyDataScope(qb, 'm.org_unit_id', await scopeOf(permission));
    if (lock) qb.setLock('pessimistic_write');
    const meeting = await qb.getOne();
    if (!meeting) throw new MeetingNotFoundError(id);
    return meeting;
  }

  itemsOf(meetingId: string): Promise<MeetingActionItem[]> {
    return this.items.find({ where: { meetingId }, order: { dueOn: 'ASC', id: 'ASC' } });
  }

  /** Records the minutes; the meeting is then held. */
  async recordMinutes(id: string, minutes: string): Promise<Meeting> {
    const meeting = await this.get(id, 'meetings:write', true);
    meeting.minutes = minutes;
    meeting.status = 'held';
    return this.meetings.save(meeting);
  }

  async addItem(meetingId: string, input: CreateActionItemDto): Promise<MeetingActionItem> {
    const meeting = await this.get(meetingId, 'meetings:write', true);
    const owner = await this.employees.get(input.ownerEmployeeId, 'meetings:write').catch(() => null);
    if (!owner)
      throw new BusinessRuleError(
        'ACTION_OWNER_UNKNOWN',
        'The owner is not an employee you can assign work to.',
        [{ field: 'ownerEmployeeId', message: 'unknown' }],
      );
    return this.items.save(
      this.items.create({
        meetingId: meeting.id,
        orgUnitId: meeting.orgUnitId,
        title: input.title,
        ownerEmployeeId: owner.id,
        dueOn: input.dueOn,
        status: 'open',
        doneAt: null,
      }),
    );
  }

  async completeItem(meetingId: string, itemId: string): Promise<MeetingActionItem> {
    await this.get(meetingId, 'meetings:write');
    const item = await this.items.findOne({
      where: { id: itemId, meetingId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!item) throw new NotFoundError('ACTION_ITEM_NOT_FOUND', `No action item ${itemId}.`);
    if (item.status === 'open') {
      item.status = 'done';
      item.doneAt = new Date();
      await this.items.save(item);
    }
    return item;
  }

  /** Action items across meetings (e.g. what is open and overdue), by due date. */
  async listItems(query: ListActionItemsQuery): Promise<Page<MeetingActionItem>> {
    const qb = this.items.createQueryBuilder('i');
    applyDataScope(qb, 'i.org_unit_id', await scopeOf('meetings:read'));
    if (query.status) qb.andWhere('i.status = :s', { s: query.status });
    if (query.ownerEmployeeId) qb.andWhere('i.owner_employee_id = :o', { o: query.ownerEmployeeId });
    return paginate(qb, query, {
      sorts: { dueOn: { column: 'i.due_on', value: (i) => i.dueOn } },
      idColumn: 'i.id',
      idValue: (i) => i.id,
    });
  }
}
