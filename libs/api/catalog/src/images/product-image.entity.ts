import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const IMAGE_VARIANTS = { thumb: 200, medium: 800, large: 1600 } as const;
export type ImageVariant = keyof typeof IMAGE_VARIANTS | 'original';

/** A product photo: the cleaned original and its resized WebP variants, in storage; ordered, one main. */
@Entity()
export class ProductImage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  productId!: string;

  /** Folder of the files in storage (`product-images/<id>`). */
  @Column({ type: 'varchar', length: 200 })
  storageKey!: string;

  /** Of the original as stored. */
  @Column({ type: 'varchar', length: 40 })
  contentType!: string;

  @Column({ type: 'integer' })
  width!: number;

  @Column({ type: 'integer' })
  height!: number;

  @Column({ type: 'integer' })
  bytes!: number;

  /** Variant name → storage key. */
  @Column({ type: 'jsonb' })
  variants!: Record<ImageVariant, string>;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'boolean', default: false })
  isMain!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
