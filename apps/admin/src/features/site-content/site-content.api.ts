import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type SiteContent = ApiSchemas['SiteContentResponse'];
export type NewSiteContent = ApiSchemas['CreateSiteContentDto'];
export type SiteContentChanges = ApiSchemas['UpdateSiteContentDto'];
export type SiteContentKind = SiteContent['kind'];
export type SiteLanguage = SiteContent['language'];
export type SiteContentStatus = SiteContent['status'];
export type SiteContentQuery = NonNullable<operations['SiteContentItems_list']['parameters']['query']>;

export const SITE_CONTENT_KINDS = [
  'page',
  'banner',
  'announcement',
] as const satisfies readonly SiteContentKind[];
export const SITE_LANGUAGES = ['zh-CN', 'en'] as const satisfies readonly SiteLanguage[];
export const SITE_CONTENT_STATUSES = [
  'draft',
  'published',
  'archived',
] as const satisfies readonly SiteContentStatus[];

export const siteContentKeys = {
  all: ['site-content'] as const,
  list: (query: SiteContentQuery) => [...siteContentKeys.all, 'list', query] as const,
};

export function siteContentListQuery(query: SiteContentQuery) {
  return queryOptions({
    queryKey: siteContentKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/site-content-items', { params: { query }, signal })),
  });
}

export function createSiteContent(input: NewSiteContent): Promise<SiteContent> {
  return unwrap(api.POST('/api/v1/site-content-items', { body: input }));
}

export function updateSiteContent(item: SiteContent, changes: SiteContentChanges): Promise<SiteContent> {
  return unwrap(
    api.PATCH('/api/v1/site-content-items/{id}', {
      params: { path: { id: item.id }, header: { 'If-Match': `"${item.version}"` } },
      body: changes,
    }),
  );
}

/** What the website shows of an item now: draft, archived, scheduled, live or ended. */
export function liveness(
  item: SiteContent,
  now = Date.now(),
): 'draft' | 'archived' | 'scheduled' | 'live' | 'ended' {
  if (item.status !== 'published') return item.status;
  if (item.publishFrom && Date.parse(item.publishFrom) > now) return 'scheduled';
  if (item.publishUntil && Date.parse(item.publishUntil) <= now) return 'ended';
  return 'live';
}
