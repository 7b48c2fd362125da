import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

/** The signed scan or a supplement (补充协议) of a contract; the bytes live in FileStorage under our own key. */
@Entity()
export class ContractAttachment extends VersionedEntity {
  @Column({ type: 'uuid' })
  contractId!: string;

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
