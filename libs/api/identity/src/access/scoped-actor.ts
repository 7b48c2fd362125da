import type { Actor, DataScope } from '@zhanggui/api-platform';
import { WHOLE_COMPANY } from '@zhanggui/api-platform';

/** One grant of permissions over an org unit subtree (null: the whole company). */
export interface ScopedGrant {
  permissions: ReadonlySet<string>;
  orgUnitId: string | null;
}

/** Lists the units under (and including) the given ones; one query, asked at most once per request. */
export type SubtreeLookup = (orgUnitIds: string[]) => Promise<string[]>;

/**
 * An actor whose reach differs per permission: a city manager of 广州 who is also the company's product
 * manager reads products everywhere but customers only in 广州. The union of grants gives the permissions;
 * the grants holding a permission give its scope.
 */
export class ScopedActor implements Actor {
  readonly permissions: ReadonlySet<string>;
  private readonly subtrees = new Map<string, Promise<string[]>>();

  constructor(
    readonly kind: 'user' | 'api-key',
    readonly id: string,
    readonly label: string,
    private readonly grants: ScopedGrant[],
    private readonly lookupSubtree: SubtreeLookup,
    /** For users: the session family their access token belongs to (signing out revokes it). */
    readonly sessionFamilyId?: string,
  ) {
    this.permissions = new Set(grants.flatMap((grant) => [...grant.permissions]));
  }

  async scopeFor(permission: string): Promise<DataScope> {
    const holding = this.grants.filter((grant) => grant.permissions.has(permission));
    if (holding.some((grant) => grant.orgUnitId === null)) return WHOLE_COMPANY;
    const roots = [...new Set(holding.map((grant) => grant.orgUnitId as string))].sort();
    if (roots.length === 0) return { all: false, orgUnitIds: [] };
    const key = roots.join(',');
    if (!this.subtrees.has(key)) this.subtrees.set(key, this.lookupSubtree(roots));
    return { all: false, orgUnitIds: await this.subtrees.get(key)! };
  }
}
