import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditActorKind = 'user' | 'api-key' | 'system';

export type AuditChanges = Record<string, { from?: unknown; to?: unknown; redacted?: true }>;

/** One change to one record: who, when, what, before and after. Append-only (a trigger refuses the rest). */
@Entity()
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  actorKind!: AuditActorKind;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  actorLabel!: string | null;

  /** create, update, delete, or a domain verb such as sign-in or revoke. */
  @Column({ type: 'varchar', length: 40 })
  action!: string;

  /** The table of the record (`org_unit`, `user_account`). */
  @Column({ type: 'varchar', length: 60 })
  entityType!: string;

  @Column({ type: 'varchar', length: 64 })
  entityId!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes!: AuditChanges;

  @Column({ type: 'varchar', length: 128, nullable: true })
  requestId!: string | null;
}
