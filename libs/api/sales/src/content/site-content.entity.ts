import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

export const SITE_CONTENT_KINDS = ['page', 'banner', 'announcement'] as const;
export type SiteContentKind = (typeof SITE_CONTENT_KINDS)[number];
export const SITE_LANGUAGES = ['zh-CN', 'en'] as const;
export type SiteLanguage = (typeof SITE_LANGUAGES)[number];
export const SITE_CONTENT_STATUSES = ['draft', 'published', 'archived'] as const;
export type SiteContentStatus = (typeof SITE_CONTENT_STATUSES)[number];

/**
 * A piece of the website the editors (编辑) keep: a page, a banner or an announcement in one language. The
 * website shows it while it is published and inside its schedule (either end may be open).
 */
@Entity()
export class SiteContent extends VersionedEntity {
  @Column({ type: 'varchar', length: 16 })
  kind!: SiteContentKind;

  @Column({ type: 'varchar', length: 8 })
  language!: SiteLanguage;

  /** The page's address on the website (`about-us`); unique per kind and language. */
  @Column({ type: 'varchar', length: 100 })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Markdown; the website renders it. */
  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  imageUrl!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  linkUrl!: string | null;

  /** Banners and announcements show in this order, lowest first. */
  @Column({ type: 'integer', default: 0 })
  position!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: SiteContentStatus;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishFrom!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishUntil!: Date | null;
}
