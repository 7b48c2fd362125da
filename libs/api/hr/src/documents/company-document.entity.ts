import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

export const ARCHIVE_LEVELS = ['public', 'internal', 'confidential', 'secret'] as const;
export type ArchiveLevel = (typeof ARCHIVE_LEVELS)[number];

/** A document in the company archive (规章制度、通知、合同范本…). */
@Entity()
export class CompanyDocument extends VersionedEntity {
  /** DOC-20261128-0001 */
  @Column({ type: 'varchar', length: 24 }) number!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 32 }) category!: string;
  @Column({ type: 'varchar', length: 16 }) confidentiality!: ArchiveLevel;
  @Column({ type: 'varchar', length: 200 }) storageKey!: string;
  @Column({ type: 'varchar', length: 200 }) fileName!: string;
  @Column({ type: 'varchar', length: 100 }) contentType!: string;
  @Column({ type: 'integer' }) size!: number;
  @Column({ type: 'uuid', nullable: true }) uploadedBy!: string | null;
}
