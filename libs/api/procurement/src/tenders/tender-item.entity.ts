import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class TenderItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenderId!: string;

  @Column({ type: 'integer' })
  lineNo!: number;

  @Column({ type: 'uuid' })
  skuId!: string;

  @Column({ type: 'integer' })
  quantity!: number;
}
