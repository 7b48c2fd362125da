import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';
import type { ContractKind, ContractStatus } from './contract-states';

/** An economic contract (经济合同) the company signs with a supplier, customer, franchisee or landlord. */
@Entity()
export class Contract extends VersionedEntity {
  /** `CT-20261129-0001`. */
  @Column({ type: 'varchar', length: 24 })
  number!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 12 })
  kind!: ContractKind;

  /** The other party as the contract names it; `supplierId` links it to procurement's supplier when one. */
  @Column({ type: 'varchar', length: 200 })
  counterpartyName!: string;

  @Column({ type: 'uuid', nullable: true })
  supplierId!: string | null;

  /** Our party: the unit that signs and bears the contract. */
  @Column({ type: 'uuid' })
  orgUnitId!: string;

  @MoneyColumn()
  amount!: number;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  @Column({ type: 'date', nullable: true })
  signedOn!: string | null;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: ContractStatus;

  /** The person who looks after the contract and is reminded before it ends. */
  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  approvalRequestId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'date', nullable: true })
  terminatedOn!: string | null;

  /** Why the approval was refused, or why the contract was terminated. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionNote!: string | null;
}
