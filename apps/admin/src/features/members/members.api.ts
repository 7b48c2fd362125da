import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';

export type MemberLevel = ApiSchemas['MemberLevelResponse'];
export type MemberLevelInput = ApiSchemas['CreateMemberLevelDto'];

export const memberLevelKeys = {
  all: ['member-levels'] as const,
};

/** Levels are a handful (a company has three to six): one page holds them all, lowest threshold first. */
export function memberLevelsQuery() {
  return queryOptions({
    queryKey: memberLevelKeys.all,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/member-levels', { params: { query: { limit: 200, sort: 'threshold' } }, signal }),
      ),
  });
}

export function createMemberLevel(input: MemberLevelInput): Promise<MemberLevel> {
  return unwrap(api.POST('/api/v1/member-levels', { body: input }));
}

export function replaceMemberLevel(level: MemberLevel, input: MemberLevelInput): Promise<MemberLevel> {
  return unwrap(
    api.PUT('/api/v1/member-levels/{id}', {
      params: { path: { id: level.id }, header: { 'If-Match': `"${level.version}"` } },
      body: input,
    }),
  );
}

export function recomputeMemberLevels() {
  return unwrap(api.POST('/api/v1/member-levels/recompute'));
}

/** A level's name in the console's language. */
export function levelName(level: { nameZh: string; nameEn: string }, language: string): string {
  return language === 'en' ? level.nameEn : level.nameZh;
}
