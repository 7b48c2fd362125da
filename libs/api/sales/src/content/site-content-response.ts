import type { PublishedSiteContentItem, SiteContentResponse } from './dto/site-content.dto';
import type { SiteContent } from './site-content.entity';

export function siteContentResponse(s: SiteContent): SiteContentResponse {
  return {
    id: s.id,
    kind: s.kind,
    language: s.language,
    slug: s.slug,
    title: s.title,
    body: s.body,
    imageUrl: s.imageUrl,
    linkUrl: s.linkUrl,
    position: s.position,
    status: s.status,
    publishFrom: s.publishFrom?.toISOString() ?? null,
    publishUntil: s.publishUntil?.toISOString() ?? null,
    version: s.version,
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function publishedItem(s: SiteContent): PublishedSiteContentItem {
  return {
    id: s.id,
    kind: s.kind,
    language: s.language,
    slug: s.slug,
    title: s.title,
    body: s.body,
    imageUrl: s.imageUrl,
    linkUrl: s.linkUrl,
    position: s.position,
    publishUntil: s.publishUntil?.toISOString() ?? null,
  };
}
