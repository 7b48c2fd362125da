import { Injectable } from '@nestjs/common';
import { assertVersionMatches, Page, paginate, TransactionalConnection } from '@zhanggui/api-platform';
import type {
  CreateSiteContentDto,
  ListSiteContentQuery,
  PublishedSiteContentQuery,
  UpdateSiteContentDto,
} from './dto/site-content.dto';
import { SiteContent } from './site-content.entity';
import {
  SiteContentNotFoundError,
  SiteContentScheduleInvalidError,
  SiteContentSlugTakenError,
} from './site-content.errors';

const date = (value: string | null | undefined) => (value ? new Date(value) : null);

/** The website's pages, banners and announcements: the editors keep them, the website reads what is live. */
@Injectable()
export class SiteContentService {
  constructor(private readonly connection: TransactionalConnection) {}

  private get contents() {
    return this.connection.getRepository(SiteContent);
  }

  list(query: ListSiteContentQuery): Promise<Page<SiteContent>> {
    const qb = this.contents.createQueryBuilder('s');
    if (query.kind) qb.andWhere('s.kind = :kind', { kind: query.kind });
    if (query.language) qb.andWhere('s.language = :language', { language: query.language });
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    return paginate(
      qb,
      { ...query, sort: query.sort ?? '-updatedAt' },
      {
        sorts: {
          updatedAt: { column: 's.updated_at', value: (s) => s.updatedAt.toISOString() },
          title: { column: 's.title', value: (s) => s.title },
        },
        idColumn: 's.id',
        idValue: (s) => s.id,
      },
    );
  }

  async get(id: string): Promise<SiteContent> {
    const content = await this.contents.findOneBy({ id });
    if (!content) throw new SiteContentNotFoundError(id);
    return content;
  }

  async create(input: CreateSiteContentDto): Promise<SiteContent> {
    const content = this.contents.create({
      kind: input.kind,
      language: input.language,
      slug: input.slug,
      title: input.title,
      body: input.body ?? '',
      imageUrl: input.imageUrl ?? null,
      linkUrl: input.linkUrl ?? null,
      position: input.position ?? 0,
      status: input.status ?? 'draft',
      publishFrom: date(input.publishFrom),
      publishUntil: date(input.publishUntil),
    });
    await this.checkSlugAndSchedule(content);
    return this.contents.save(content);
  }

  async update(id: string, changes: UpdateSiteContentDto, expected?: number[]): Promise<SiteContent> {
    const content = await this.contents.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!content) throw new SiteContentNotFoundError(id);
    assertVersionMatches('site content', expected, content.version);
    const { publishFrom, publishUntil, ...rest } = changes;
    Object.assign(content, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
    if (publishFrom !== undefined) content.publishFrom = date(publishFrom);
    if (publishUntil !== undefined) content.publishUntil = date(publishUntil);
    await this.checkSlugAndSchedule(content);
    return this.contents.save(content);
  }

  /** Published and inside its schedule right now, in the website's display order. */
  published(query: PublishedSiteContentQuery): Promise<SiteContent[]> {
    const qb = this.contents
      .createQueryBuilder('s')
      .where(`s.status = 'published'`)
      .andWhere('s.language = :language', { language: query.language })
      .andWhere('(s.publish_from IS NULL OR s.publish_from <= now())')
      .andWhere('(s.publish_until IS NULL OR s.publish_until > now())');
    if (query.kind) qb.andWhere('s.kind = :kind', { kind: query.kind });
    return qb.orderBy('s.kind').addOrderBy('s.position').addOrderBy('s.id').limit(500).getMany();
  }

  private async checkSlugAndSchedule(content: SiteContent): Promise<void> {
    if (content.publishFrom && content.publishUntil && content.publishUntil <= content.publishFrom)
      throw new SiteContentScheduleInvalidError();
    const clash = await this.contents.findOneBy({
      kind: content.kind,
      language: content.language,
      slug: content.slug,
    });
    if (clash && clash.id !== content.id) throw new SiteContentSlugTakenError(content.slug);
  }
}
