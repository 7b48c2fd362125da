import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotAudited, VersionedEntity } from '@zhanggui/api-platform';
import type { FranchiseStage } from './franchise-stages';

export const FRANCHISE_KINDS = ['enterprise', 'local_brand'] as const;
export type FranchiseKind = (typeof FRANCHISE_KINDS)[number];

export interface FranchiseContact {
  name: string;
  phone?: string;
  title?: string;
}

/** An enterprise or local brand in the franchise pipeline (加盟), in a territory of the sales tree. */
@Entity()
export class FranchisePartner extends VersionedEntity {
  /** `FP-20261128-0001`. */
  @Column({ type: 'varchar', length: 24, update: false })
  number!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: FranchiseKind;

  @Column({ type: 'uuid' })
  orgUnitId!: string;

  @Column({ type: 'varchar', length: 16 })
  stage!: FranchiseStage;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  contacts!: FranchiseContact[];

  /** The signed contract's number (finance keeps contracts; no link to them is exported yet). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  contractNumber!: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note!: string | null;
}

/** One step of a partner's pipeline, with who moved it and why. Append-only; the audit log has the rest. */
@Entity()
@NotAudited()
export class FranchisePartnerHistory {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStage!: FranchiseStage | null;

  @Column({ type: 'varchar', length: 16 })
  toStage!: FranchiseStage;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
