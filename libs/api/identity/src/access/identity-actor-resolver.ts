import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import {
  Actor,
  ActorResolver,
  preparedQuery,
  PreparedStatement,
  TransactionalConnection,
  UnauthenticatedError,
} from '@zhanggui/api-platform';
import { ApiKeysService, API_KEY_PREFIX } from '../api-keys/api-keys.service';
import { TokenService } from '../auth/token.service';
import { PermissionCatalog } from './permission-catalog';
import type { RoleCode } from './roles';
import { ScopedActor, SubtreeLookup } from './scoped-actor';

interface UserRow {
  id: string;
  username: string;
  status: string;
  password_changed_at: Date;
  roles: Array<{ role: RoleCode; orgUnitId: string | null }>;
  session_live: boolean;
}

/**
 * Turns a bearer credential into an actor: API keys (`zg_…`) through ApiKeysService, anything else as an
 * access token. For a user, one query checks the account is active, the session not signed out, the token
 * newer than the last password change, and loads the role assignments.
 */
@Injectable()
export class IdentityActorResolver extends ActorResolver {
  constructor(
    private readonly tokens: TokenService,
    private readonly apiKeys: ApiKeysService,
    private readonly catalog: PermissionCatalog,
    private readonly connection: TransactionalConnection,
  ) {
    super();
  }

  async resolve(bearer: string, _request: FastifyRequest): Promise<Actor> {
    if (bearer.startsWith(API_KEY_PREFIX)) return this.apiKeys.authenticate(bearer, this.lookupSubtree);
    const claims = await this.tokens.verifyAccessToken(bearer);
    const [user] = await preparedQuery<UserRow>(this.connection.dataSource, USER_OF_TOKEN, [
      claims.sub,
      claims.sid,
    ]);
    if (!user || user.status !== 'active' || !user.session_live) {
      throw new UnauthenticatedError('This session has ended; sign in again.');
    }
    if (claims.iat * 1000 < Math.floor(user.password_changed_at.getTime() / 1000) * 1000) {
      throw new UnauthenticatedError('The password was changed since this token was issued; sign in again.');
    }
    const grants = user.roles.map((assignment) => ({
      permissions: this.catalog.permissionsOf([assignment.role]),
      orgUnitId: assignment.orgUnitId,
    }));
    return new ScopedActor('user', user.id, user.username, grants, this.lookupSubtree, claims.sid);
  }

  private readonly lookupSubtree: SubtreeLookup = async (orgUnitIds) => {
    const rows: Array<{ id: string }> = await this.connection.dataSource.query(
      `SELECT d.id FROM org_unit root JOIN org_unit d ON d.path LIKE root.path || '%' WHERE root.id = ANY($1)`,
      [orgUnitIds],
    );
    return rows.map((row) => row.id);
  };
}

/** Every signed-in request runs it: prepared once per connection. */
const USER_OF_TOKEN: PreparedStatement = {
  name: 'identity_user_of_token',
  text: `SELECT u.id, u.username, u.status, u.password_changed_at,
              COALESCE(json_agg(json_build_object('role', ra.role, 'orgUnitId', ra.org_unit_id))
                       FILTER (WHERE ra.id IS NOT NULL), '[]') AS roles,
              EXISTS (SELECT 1 FROM auth_session s
                       WHERE s.family_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()) AS session_live
         FROM user_account u LEFT JOIN role_assignment ra ON ra.user_id = u.id
        WHERE u.id = $1
        GROUP BY u.id`,
};
