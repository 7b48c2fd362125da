import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const CONTENT_LOCALES = ['zh-CN', 'en'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

/** The copy of a product in one language: what the website shows. */
@Entity()
export class ProductContent {
  @PrimaryColumn({ type: 'uuid' })
  productId!: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  locale!: ContentLocale;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sellingPoints!: string[];

  /** Sanitised HTML (see rich-text.ts): no script, handler or javascript: URL can be stored. */
  @Column({ type: 'text', default: '' })
  descriptionHtml!: string;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
