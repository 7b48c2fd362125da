import { Injectable } from '@nestjs/common';
import {
  AuditWriter,
  currentRequestContext,
  runAsActor,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { UserAccount } from '../users/user-account.entity';
import { WrongCredentialsError } from './auth.errors';
import { LoginThrottleService } from './login-throttle.service';
import { verifyAgainstDecoy, verifyPassword } from './passwords';
import { SessionsService } from './sessions.service';
import { ACCESS_TOKEN_TTL_SECONDS, TokenService } from './token.service';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: 'Bearer';
}

@Injectable()
export class AuthService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionsService,
    private readonly tokens: TokenService,
    private readonly audit: AuditWriter,
  ) {}

  /**
   * Runs without the request transaction (the route opts out): a failed attempt must be counted even though
   * the request fails, and the successful path opens its own transaction.
   */
  async login(username: string, password: string): Promise<TokenPair> {
    const ip = currentRequestContext()?.ip ?? 'unknown';
    await this.throttle.assertNotLocked(username, ip);
    const user = await this.connection
      .getRepository(UserAccount)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username: username.trim().toLowerCase() })
      .getOne();
    const valid = user
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstDecoy(password);
    if (!user || !valid || user.status !== 'active') {
      const lockedUntil = await this.throttle.recordFailure(username, ip);
      if (lockedUntil) await this.throttle.assertNotLocked(username, ip);
      throw new WrongCredentialsError();
    }
    return this.connection.withTransaction(async () => {
      await this.throttle.recordSuccess(username);
      await this.connection.manager.query(`UPDATE user_account SET last_signed_in_at = now() WHERE id = $1`, [
        user.id,
      ]);
      const refresh = await this.sessions.start(user.id);
      await runAsActor(
        {
          kind: 'user',
          id: user.id,
          label: user.username,
          permissions: new Set(),
          scopeFor: async () => ({ all: true }),
        },
        () => this.audit.record({ action: 'sign-in', entityType: 'user_account', entityId: user.id }),
        currentRequestContext()?.requestId,
      );
      return this.pair(user.id, refresh.familyId, refresh.token);
    });
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const rotated = await this.sessions.rotate(refreshToken);
    return this.pair(rotated.userId, rotated.familyId, rotated.token);
  }

  async logout(sessionFamilyId: string): Promise<void> {
    await this.sessions.revokeFamily(sessionFamilyId);
  }

  private async pair(userId: string, familyId: string, refreshToken: string): Promise<TokenPair> {
    return {
      accessToken: await this.tokens.issueAccessToken(userId, familyId),
      refreshToken,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      tokenType: 'Bearer',
    };
  }
}
