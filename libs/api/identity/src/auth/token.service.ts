import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { UnauthenticatedError } from '@zhanggui/api-platform';
import { SigningKeyService } from './signing-key.service';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessTokenClaims {
  sub: string;
  /** The session family: signing out revokes it, and with it every access token it issued. */
  sid: string;
  iat: number;
  exp: number;
}

/** Short-lived access tokens: HS256 only, so `alg: none` and any other algorithm are refused. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly keys: SigningKeyService,
  ) {}

  async issueAccessToken(userId: string, sessionFamilyId: string): Promise<string> {
    return this.jwt.signAsync(
      { sub: userId, sid: sessionFamilyId, typ: 'access' },
      {
        secret: await this.signingKey(),
        algorithm: 'HS256',
        expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      },
    );
  }

  async verifyAccessToken(token: string): Promise<AccessTokenClaims> {
    let claims: AccessTokenClaims & { typ?: string };
    try {
      claims = await this.jwt.verifyAsync(token, {
        secret: await this.signingKey(),
        algorithms: ['HS256'],
      });
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new UnauthenticatedError(
        expired ? 'The access token has expired; refresh it.' : 'The access token is not valid.',
      );
    }
    if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') {
      throw new UnauthenticatedError('The access token is not valid.');
    }
    return claims;
  }

  /**
   * jsonwebtoken takes a KeyObject (its `Secret` type); @nestjs/jwt's per-call option is typed narrower
   * (string | Buffer) but hands the value through unchanged.
   */
  private async signingKey(): Promise<Buffer> {
    return (await this.keys.accessTokenKey()) as unknown as Buffer;
  }
}
