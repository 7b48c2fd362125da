import { intParam, optionalEnumParam, type UrlStateSpec } from '../../shared/url-state/url-state';
import {
  SITE_CONTENT_KINDS,
  SITE_CONTENT_STATUSES,
  SITE_LANGUAGES,
  type SiteContentKind,
  type SiteContentQuery,
  type SiteContentStatus,
  type SiteLanguage,
} from './site-content.api';

export interface SiteContentListState {
  kind: SiteContentKind | undefined;
  language: SiteLanguage | undefined;
  status: SiteContentStatus | undefined;
  limit: number;
}

export const siteContentListSpec: UrlStateSpec<SiteContentListState> = {
  kind: optionalEnumParam(SITE_CONTENT_KINDS),
  language: optionalEnumParam(SITE_LANGUAGES),
  status: optionalEnumParam(SITE_CONTENT_STATUSES),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_SITE_CONTENT_FILTERS: Partial<SiteContentListState> = {
  kind: undefined,
  language: undefined,
  status: undefined,
};

export function isSiteContentListFiltered(state: SiteContentListState): boolean {
  return !!(state.kind || state.language || state.status);
}

export function toSiteContentQuery(
  state: SiteContentListState,
  cursor: string | undefined,
): SiteContentQuery {
  return {
    kind: state.kind,
    language: state.language,
    status: state.status,
    sort: '-updatedAt',
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
