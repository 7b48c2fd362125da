import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

/** A delivery address in mainland China: GB/T 2260 province/city/district codes plus the street line. */
@Entity()
export class CustomerAddress extends VersionedEntity {
  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'char', length: 6 })
  provinceCode!: string;

  @Column({ type: 'char', length: 6 })
  cityCode!: string;

  /** Null only for cities without districts (东莞市, 中山市). */
  @Column({ type: 'char', length: 6, nullable: true })
  districtCode!: string | null;

  @Column({ type: 'varchar', length: 200 })
  detail!: string;

  @Column({ type: 'varchar', length: 50 })
  recipientName!: string;

  @Column({ type: 'varchar', length: 11 })
  recipientPhone!: string;

  /** Exactly one per customer who has addresses: where orders go unless told otherwise. */
  @Column({ type: 'boolean', default: false })
  isDefault!: boolean;
}
