import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '@zhanggui/api-platform';

/** One SKU of a purchase list, with every number its suggestion came from, as they were when generated. */
@Entity()
export class PurchaseListLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  purchaseListId!: string;

  @Column({ type: 'uuid' })
  skuId!: string;

  /** The preferred supplier: the one last ordered from (awards become orders too). */
  @Column({ type: 'uuid', nullable: true })
  supplierId!: string | null;

  @Column({ type: 'integer' })
  shippedQuantity!: number;

  @Column({ type: 'integer' })
  onHand!: number;

  @Column({ type: 'integer' })
  reserved!: number;

  /** Open purchase quantity plus transfers on their way in. */
  @Column({ type: 'integer' })
  inTransit!: number;

  @Column({ type: 'integer' })
  openPurchaseQuantity!: number;

  @Column({ type: 'integer' })
  reorderPoint!: number;

  @Column({ type: 'integer' })
  safetyStock!: number;

  @Column({ type: 'integer' })
  leadTimeDays!: number;

  @Column({ type: 'integer' })
  suggestedQuantity!: number;

  /** What the product manager decided to buy (the suggestion until edited). */
  @Column({ type: 'integer' })
  quantity!: number;

  /** The last price paid to the preferred supplier (or the current cost), in 分; the draft order's price. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber })
  unitPrice!: number | null;
}
