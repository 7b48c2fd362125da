import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

/** A receipt scan or invoice PDF (发票) on a claim; the bytes live in FileStorage under our own key. */
@Entity()
export class ExpenseAttachment extends VersionedEntity {
  @Column({ type: 'uuid' })
  claimId!: string;

  @Column({ type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ type: 'integer' })
  bytes!: number;

  @Column({ type: 'varchar', length: 200 })
  storageKey!: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy!: string | null;
}
