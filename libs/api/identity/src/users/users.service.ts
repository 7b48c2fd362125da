import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  applyDataScope,
  assertVersionMatches,
  AuditWriter,
  currentActor,
  DataScope,
  Page,
  paginate,
  scopeAllows,
  TransactionalConnection,
  WHOLE_COMPANY,
} from '@zhanggui/api-platform';
import { SessionsService } from '../auth/sessions.service';
import { assertAcceptablePassword, hashPassword, verifyPassword } from '../auth/passwords';
import { OrgUnit } from '../org-units/org-unit.entity';
import type { CreateUserDto, UpdateOwnProfileDto, UpdateUserDto } from './dto/user-bodies.dto';
import type { RoleAssignmentInput } from './dto/user-fields';
import type { ListUsersQuery } from './dto/list-users.query';
import type { RoleCode } from '../access/roles';
import { RoleAssignment } from './role-assignment.entity';
import { UserAccount } from './user-account.entity';
import {
  LastAdministratorError,
  UnknownOrgUnitError,
  UsernameTakenError,
  UserNotFoundError,
  WrongCurrentPasswordError,
} from './user.errors';

/**
 * User accounts and their roles. Reads are limited to the caller's data scope for `users:read` (a regional
 * manager sees the staff of the region); a user outside it is "not found".
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly sessions: SessionsService,
    private readonly audit: AuditWriter,
  ) {}

  private get users() {
    return this.connection.getRepository(UserAccount);
  }

  private get assignments() {
    return this.connection.getRepository(RoleAssignment);
  }

  async list(query: ListUsersQuery): Promise<Page<UserAccount>> {
    const qb = this.users.createQueryBuilder('u');
    applyDataScope(qb, 'u.org_unit_id', await this.readScope());
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    if (query.role) {
      qb.andWhere('EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.user_id = u.id AND ra.role = :role)', {
        role: query.role,
      });
    }
    if (query.orgUnitId) {
      qb.andWhere(
        `u.org_unit_id IN (SELECT d.id FROM org_unit root JOIN org_unit d ON d.path LIKE root.path || '%' WHERE root.id = :unit)`,
        {
          unit: query.orgUnitId,
        },
      );
    }
    if (query.q) {
      qb.andWhere(
        "(u.username ILIKE :q ESCAPE '\\' OR u.display_name ILIKE :q ESCAPE '\\' OR u.email ILIKE :q ESCAPE '\\' OR u.phone ILIKE :q ESCAPE '\\')",
        { q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
      );
    }
    const page = await paginate(qb, query, {
      sorts: {
        username: { column: 'u.username', value: (u) => u.username },
        displayName: { column: 'u.display_name', value: (u) => u.displayName },
        createdAt: { column: 'u.id', value: (u) => u.id },
      },
      idColumn: 'u.id',
      idValue: (u) => u.id,
    });
    await this.attachRoles(page.data);
    return page;
  }

  async get(id: string): Promise<UserAccount> {
    const user = await this.users.findOneBy({ id });
    if (!user || !scopeAllows(await this.readScope(), user.orgUnitId)) throw new UserNotFoundError(id);
    await this.attachRoles([user]);
    return user;
  }

  /** The caller's own account, whatever their scope. */
  async getOwn(userId: string): Promise<UserAccount> {
    const user = await this.users.findOneByOrFail({ id: userId });
    await this.attachRoles([user]);
    return user;
  }

  /** Active users holding `role` over `unitId` (an assignment at that unit, above it, or company-wide). */
  async holdersOf(
    role: RoleCode,
    unitId: string | null,
  ): Promise<Array<{ id: string; username: string; displayName: string }>> {
    return this.connection.manager.query(
      `SELECT DISTINCT u.id, u.username, u.display_name AS "displayName"
         FROM role_assignment ra JOIN user_account u ON u.id = ra.user_id
        WHERE ra.role = $1 AND u.status = 'active'
          AND (ra.org_unit_id IS NULL
               OR ($2::uuid IS NOT NULL AND EXISTS (
                    SELECT 1 FROM org_unit target JOIN org_unit scope ON target.path LIKE scope.path || '%'
                     WHERE target.id = $2 AND scope.id = ra.org_unit_id)))
        ORDER BY u.username`,
      [role, unitId],
    );
  }

  /** The roles a user holds, each with its scope. */
  async assignmentsOf(userId: string): Promise<Array<{ role: RoleCode; orgUnitId: string | null }>> {
    const rows = await this.assignments.findBy({ userId });
    return rows.map((row) => ({ role: row.role, orgUnitId: row.orgUnitId }));
  }

  async create(input: CreateUserDto): Promise<UserAccount> {
    assertAcceptablePassword(input.password, input.username);
    if (await this.users.existsBy({ username: input.username })) throw new UsernameTakenError(input.username);
    if (input.orgUnitId) await this.assertActiveUnit('orgUnitId', input.orgUnitId);
    const user = await this.users.save(
      this.users.create({
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        phone: input.phone ?? null,
        orgUnitId: input.orgUnitId ?? null,
        status: 'active',
        passwordHash: await hashPassword(input.password),
        passwordChangedAt: new Date(),
        employeeId: null,
        lastSignedInAt: null,
      }),
    );
    user.roles = await this.replaceRoles(user, input.roles ?? []);
    return user;
  }

  async update(id: string, changes: UpdateUserDto, expectedVersions?: number[]): Promise<UserAccount> {
    const user = await this.lockForChange(id);
    assertVersionMatches('user', expectedVersions, user.version);
    if (changes.orgUnitId) await this.assertActiveUnit('orgUnitId', changes.orgUnitId);
    if (changes.status === 'disabled' && user.status === 'active') {
      await this.assertNotLastAdministrator(user.id);
      await this.sessions.revokeAllOf(user.id);
    }
    Object.assign(user, definedOnly(changes));
    const saved = await this.users.save(user);
    await this.attachRoles([saved]);
    return saved;
  }

  async setRoles(
    id: string,
    roles: RoleAssignmentInput[],
    expectedVersions?: number[],
  ): Promise<UserAccount> {
    const user = await this.lockForChange(id);
    assertVersionMatches('user', expectedVersions, user.version);
    const stillAdministrator = roles.some((r) => r.role === 'system-administrator');
    if (!stillAdministrator) await this.assertNotLastAdministrator(user.id);
    user.roles = await this.replaceRoles(user, roles);
    // A role change is a change of the user: bump the version so a stale editor gets 412.
    await this.users.increment({ id: user.id }, 'version', 1);
    user.version += 1;
    return user;
  }

  async resetPassword(id: string, password: string): Promise<void> {
    const user = await this.lockForChange(id);
    await this.setPassword(user, password);
  }

  async updateOwnProfile(userId: string, changes: UpdateOwnProfileDto): Promise<UserAccount> {
    const user = await this.lockForChange(userId, WHOLE_COMPANY);
    Object.assign(user, definedOnly(changes));
    const saved = await this.users.save(user);
    await this.attachRoles([saved]);
    return saved;
  }

  async changeOwnPassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :userId', { userId })
      .setLock('pessimistic_write')
      .getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw new WrongCurrentPasswordError();
    await this.setPassword(user, newPassword, 'newPassword');
  }

  private async setPassword(user: UserAccount, password: string, field = 'password'): Promise<void> {
    assertAcceptablePassword(password, user.username, field);
    user.passwordHash = await hashPassword(password);
    user.passwordChangedAt = new Date();
    await this.users.save(user);
    await this.sessions.revokeAllOf(user.id);
  }

  private async lockForChange(id: string, scope?: DataScope): Promise<UserAccount> {
    const user = await this.users.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user || !scopeAllows(scope ?? (await this.readScope()), user.orgUnitId))
      throw new UserNotFoundError(id);
    return user;
  }

  private async replaceRoles(user: UserAccount, roles: RoleAssignmentInput[]): Promise<RoleAssignment[]> {
    for (const [index, role] of roles.entries()) {
      if (role.orgUnitId) await this.assertActiveUnit(`roles.${index}.orgUnitId`, role.orgUnitId);
    }
    const before = await this.assignments.findBy({ userId: user.id });
    const wanted = dedupe(roles);
    await this.assignments.delete({ userId: user.id });
    const after = await this.assignments.save(
      wanted.map((r) =>
        this.assignments.create({ userId: user.id, role: r.role, orgUnitId: r.orgUnitId ?? null }),
      ),
    );
    const describe = (list: Array<{ role: string; orgUnitId: string | null }>) =>
      list.map((r) => (r.orgUnitId ? `${r.role}@${r.orgUnitId}` : r.role)).sort();
    if (JSON.stringify(describe(before)) !== JSON.stringify(describe(after))) {
      await this.audit.record({
        action: 'set-roles',
        entityType: 'user_account',
        entityId: user.id,
        changes: { roles: { from: describe(before), to: describe(after) } },
      });
    }
    return after;
  }

  private async attachRoles(users: UserAccount[]): Promise<void> {
    if (users.length === 0) return;
    const all = await this.assignments.find({
      where: { userId: In(users.map((u) => u.id)) },
      order: { role: 'ASC' },
    });
    for (const user of users) user.roles = all.filter((a) => a.userId === user.id);
  }

  private async assertActiveUnit(field: string, orgUnitId: string): Promise<void> {
    const exists = await this.connection.getRepository(OrgUnit).existsBy({ id: orgUnitId, status: 'active' });
    if (!exists) throw new UnknownOrgUnitError(field, orgUnitId);
  }

  private async assertNotLastAdministrator(userId: string): Promise<void> {
    const [{ others }] = await this.connection.manager.query(
      `SELECT count(*)::int AS others FROM role_assignment ra JOIN user_account u ON u.id = ra.user_id
        WHERE ra.role = 'system-administrator' AND u.status = 'active' AND u.id <> $1`,
      [userId],
    );
    const isAdministrator = await this.assignments.existsBy({ userId, role: 'system-administrator' });
    if (isAdministrator && others === 0) throw new LastAdministratorError();
  }

  private async readScope() {
    const actor = currentActor();
    return actor ? actor.scopeFor('users:read') : WHOLE_COMPANY;
  }
}

function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function dedupe(roles: RoleAssignmentInput[]): RoleAssignmentInput[] {
  const seen = new Map<string, RoleAssignmentInput>();
  for (const role of roles) seen.set(`${role.role}|${role.orgUnitId ?? ''}`, role);
  return [...seen.values()];
}
