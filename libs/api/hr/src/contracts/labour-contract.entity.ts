import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

export const CONTRACT_TYPES = ['fixed_term', 'open_ended', 'part_time', 'internship', 'project'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];
export const CONTRACT_STATUSES = ['active', 'renewed', 'ended', 'terminated'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/**
 * A labour contract (劳动合同). One is active per employee; renewing ends it as `renewed` and starts the next
 * one, terminating it early records the date and reason, and one past its end date becomes `ended`.
 */
@Entity()
export class LabourContract extends VersionedEntity {
  /** LC-20261127-0001 */
  @Column({ type: 'varchar', length: 24 }) number!: string;
  @Column({ type: 'uuid' }) employeeId!: string;
  @Column({ type: 'varchar', length: 16 }) type!: ContractType;
  @Column({ type: 'date' }) startsOn!: string;
  /** Null only for an open-ended contract (无固定期限). */
  @Column({ type: 'date', nullable: true }) endsOn!: string | null;
  @Column({ type: 'integer', default: 0 }) probationMonths!: number;
  @Column({ type: 'varchar', length: 16 }) status!: ContractStatus;
  @Column({ type: 'varchar', length: 1000, nullable: true }) note!: string | null;
  @Column({ type: 'uuid', nullable: true }) renewedFromId!: string | null;
  @Column({ type: 'date', nullable: true }) terminatedOn!: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) terminationReason!: string | null;
}
