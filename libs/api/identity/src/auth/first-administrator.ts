import { randomBytes } from 'node:crypto';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AppConfig, TransactionalConnection } from '@zhanggui/api-platform';
import { UserAccount } from '../users/user-account.entity';
import { RoleAssignment } from '../users/role-assignment.entity';
import { hashPassword } from './passwords';

export type FirstAdministratorOutcome =
  { created: true; username: string; generatedPassword?: string } | { created: false; username: string };

/**
 * On first start, the system administrator `admin`: with ADMIN_PASSWORD, or with a generated password
 * printed once (main.ts shows it). Nothing ships with a fixed password. Replicas starting together create it
 * once (advisory lock); later starts leave it alone. It runs at module init — after the platform's migrations,
 * before any bootstrap hook — so demo data seeded at bootstrap can name the administrator (e.g. as an owner).
 */
@Injectable()
export class FirstAdministrator implements OnModuleInit {
  static readonly USERNAME = 'admin';
  private readonly logger = new Logger('FirstAdministrator');
  outcome?: FirstAdministratorOutcome;

  constructor(
    private readonly config: AppConfig,
    private readonly connection: TransactionalConnection,
  ) {}

  async onModuleInit(): Promise<void> {
    this.outcome = await this.connection.withTransaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(7246813003)');
      const username = FirstAdministrator.USERNAME;
      if (await manager.getRepository(UserAccount).existsBy({ username }))
        return { created: false, username };
      const generatedPassword = this.config.adminPassword ? undefined : randomBytes(12).toString('base64url');
      const user = await manager.getRepository(UserAccount).save(
        manager.getRepository(UserAccount).create({
          username,
          displayName: '系统管理员',
          email: null,
          phone: null,
          status: 'active',
          passwordHash: await hashPassword(this.config.adminPassword ?? generatedPassword!),
          passwordChangedAt: new Date(),
          orgUnitId: null,
          employeeId: null,
          lastSignedInAt: null,
        }),
      );
      await manager
        .getRepository(RoleAssignment)
        .insert({ userId: user.id, role: 'system-administrator', orgUnitId: null });
      this.logger.log(`Created the first system administrator, ${username}`);
      return { created: true, username, generatedPassword };
    });
  }
}
