import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type ApiKey = ApiSchemas['ApiKeyResponse'];
export type CreatedApiKey = ApiSchemas['CreatedApiKeyResponse'];
export type NewApiKey = ApiSchemas['CreateApiKeyDto'];
export type ApiKeyStatus = ApiKey['status'];
export type ApiKeyListQuery = NonNullable<operations['ApiKeys_list']['parameters']['query']>;

export const apiKeyKeys = {
  all: ['api-keys'] as const,
  lists: () => [...apiKeyKeys.all, 'list'] as const,
  list: (query: ApiKeyListQuery) => [...apiKeyKeys.lists(), query] as const,
  detail: (id: string) => [...apiKeyKeys.all, 'detail', id] as const,
};

export function apiKeyListQuery(query: ApiKeyListQuery) {
  return queryOptions({
    queryKey: apiKeyKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/api-keys', { params: { query }, signal })),
  });
}

export function apiKeyQuery(id: string) {
  return queryOptions({
    queryKey: apiKeyKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/api-keys/{id}', { params: { path: { id } }, signal })),
  });
}

/** The answer carries the secret, this once: it is stored on the server only as a hash. */
export function createApiKey(input: NewApiKey): Promise<CreatedApiKey> {
  return unwrap(api.POST('/api/v1/api-keys', { body: input }));
}

export function revokeApiKey(id: string): Promise<ApiKey> {
  return unwrap(api.POST('/api/v1/api-keys/{id}/revoke', { params: { path: { id } } }));
}
