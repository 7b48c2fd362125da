import { Column, Entity, PrimaryColumn } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

/** A count of some SKUs in one warehouse (盘点); differences become stocktake movements. */
@Entity()
export class Stocktake extends VersionedEntity {
  @Column({ type: 'varchar', length: 40 })
  number!: string;

  @Column({ type: 'uuid' })
  warehouseId!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  countedBy!: string | null;
}

@Entity()
export class StocktakeLine {
  @PrimaryColumn({ type: 'uuid' })
  stocktakeId!: string;

  @PrimaryColumn({ type: 'uuid' })
  skuId!: string;

  /** On hand in the books when the count was recorded. */
  @Column({ type: 'integer' })
  expected!: number;

  @Column({ type: 'integer' })
  counted!: number;

  @Column({ type: 'integer' })
  difference!: number;
}
