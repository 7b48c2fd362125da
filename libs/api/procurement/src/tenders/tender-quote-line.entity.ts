import { Entity, PrimaryColumn } from 'typeorm';
import { MoneyColumn, NotAudited } from '@zhanggui/api-platform';

/** The unit price offered for one tender item; sealed with its quote (hence not audited). */
@NotAudited()
@Entity()
export class TenderQuoteLine {
  @PrimaryColumn({ type: 'uuid' })
  quoteId!: string;

  @PrimaryColumn({ type: 'uuid' })
  tenderItemId!: string;

  @MoneyColumn()
  unitPrice!: number;
}
