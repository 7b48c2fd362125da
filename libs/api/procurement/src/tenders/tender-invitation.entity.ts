import { Entity, PrimaryColumn } from 'typeorm';

/** A supplier invited to quote; only invited suppliers' quotes are accepted. */
@Entity()
export class TenderInvitation {
  @PrimaryColumn({ type: 'uuid' })
  tenderId!: string;

  @PrimaryColumn({ type: 'uuid' })
  supplierId!: string;
}
