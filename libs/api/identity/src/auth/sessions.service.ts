import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { currentRequestContext, TransactionalConnection, UnauthenticatedError } from '@zhanggui/api-platform';
import { AuthSession } from './auth-session.entity';

export const REFRESH_TOKEN_TTL_DAYS = 30;

export interface IssuedRefreshToken {
  token: string;
  familyId: string;
}

/**
 * Refresh tokens: `<session id>.<secret>`, stored as a hash, single use. Refreshing rotates: the old row is
 * marked rotated and a new one joins the family. Presenting a rotated token again means it was copied, so the
 * whole family (the thief's and the owner's sessions) is revoked.
 */
@Injectable()
export class SessionsService {
  constructor(private readonly connection: TransactionalConnection) {}

  private get sessions() {
    return this.connection.getRepository(AuthSession);
  }

  async start(userId: string): Promise<IssuedRefreshToken> {
    return this.issue(userId, randomUUID());
  }

  /**
   * Trades a refresh token for a new one in the same family; returns the user and the family. The caller runs
   * outside a request transaction: revoking a family on reuse must stick even though the request fails.
   */
  async rotate(refreshToken: string): Promise<IssuedRefreshToken & { userId: string }> {
    const [id, secret] = refreshToken.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) throw invalidRefreshToken();
    const outcome = await this.connection.withTransaction(async () => {
      const session = await this.sessions
        .createQueryBuilder('s')
        .addSelect('s.tokenHash')
        .where('s.id = :id', { id })
        .setLock('pessimistic_write')
        .getOne();
      if (!session || !sameHash(session.tokenHash, secret) || session.revokedAt)
        return { invalid: true as const };
      if (session.rotatedAt) return { reusedFamily: session.familyId };
      if (session.expiresAt.getTime() <= Date.now()) return { invalid: true as const };
      await this.sessions.update({ id: session.id }, { rotatedAt: new Date() });
      return { issued: { ...(await this.issue(session.userId, session.familyId)), userId: session.userId } };
    });
    if ('issued' in outcome && outcome.issued) return outcome.issued;
    if ('reusedFamily' in outcome && outcome.reusedFamily) {
      await this.revokeFamily(outcome.reusedFamily);
      throw new UnauthenticatedError(
        'This refresh token was already used; for safety every session it belongs to is signed out.',
      );
    }
    throw invalidRefreshToken();
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.sessions.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Signs the user out everywhere (password changed, account disabled). */
  async revokeAllOf(userId: string): Promise<void> {
    await this.sessions.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async issue(userId: string, familyId: string): Promise<IssuedRefreshToken> {
    const secret = randomBytes(32).toString('base64url');
    const context = currentRequestContext();
    const session = await this.sessions.save(
      this.sessions.create({
        familyId,
        userId,
        tokenHash: sha256(secret),
        expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_DAYS * 86_400_000),
        userAgent: context?.userAgent?.slice(0, 300) ?? null,
        ip: context?.ip?.slice(0, 64) ?? null,
      }),
    );
    return { token: `${session.id}.${secret}`, familyId };
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function sameHash(stored: Buffer, secret: string): boolean {
  const presented = sha256(secret);
  return stored.length === presented.length && timingSafeEqual(stored, presented);
}

function invalidRefreshToken(): UnauthenticatedError {
  return new UnauthenticatedError('The refresh token is not valid or has expired; sign in again.');
}
