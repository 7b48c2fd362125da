/** Which records a permission reaches: everything, or the records of some org units (with their subtrees). */
export type DataScope =
  { readonly all: true } | { readonly all: false; readonly orgUnitIds: readonly string[] };

export const WHOLE_COMPANY: DataScope = { all: true };

/**
 * Who is making the request: a person signed in to the console, or a partner system with an API key. Made by
 * identity's ActorResolver; read by the access guard, by services that scope their queries, and by the audit.
 */
export interface Actor {
  readonly kind: 'user' | 'api-key';
  readonly id: string;
  /** What a person reads in the audit log: a username or an API key's name. */
  readonly label: string;
  readonly permissions: ReadonlySet<string>;
  /** The org units whose records this actor may reach with `permission`. */
  scopeFor(permission: string): Promise<DataScope>;
}
