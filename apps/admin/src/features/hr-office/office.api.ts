import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';
import { downloadFile, uploadFile } from '../../shared/transfer/authorized-transfer';

export type TrainingRecord = ApiSchemas['TrainingRecordResponse'];
export type NewTrainingRecord = ApiSchemas['CreateTrainingRecordDto'];
export type Meeting = ApiSchemas['MeetingResponse'];
export type MeetingDetail = ApiSchemas['MeetingDetailResponse'];
export type ActionItem = ApiSchemas['ActionItemResponse'];
export type NewMeeting = ApiSchemas['CreateMeetingDto'];
export type CompanyDocument = ApiSchemas['CompanyDocumentResponse'];
export type TrainingQuery = NonNullable<operations['Training_list']['parameters']['query']>;
export type MeetingQuery = NonNullable<operations['Meetings_list']['parameters']['query']>;
export type ActionItemQuery = NonNullable<operations['Meetings_items']['parameters']['query']>;
export type DocumentQuery = NonNullable<operations['CompanyDocuments_list']['parameters']['query']>;

export const TRAINING_KINDS = ['internal', 'external', 'online', 'onboarding'] as const;
export const TRAINING_RESULTS = ['attended', 'passed', 'failed'] as const;
export const MEETING_STATUSES = ['scheduled', 'held'] as const;
export const ACTION_ITEM_STATUSES = ['open', 'done'] as const;
export const ARCHIVE_LEVELS = ['public', 'internal', 'confidential', 'secret'] as const;
export const DOCUMENT_CATEGORIES = ['policy', 'notice', 'template', 'minutes', 'other'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export type TrainingResult = (typeof TRAINING_RESULTS)[number];
export type ArchiveLevel = (typeof ARCHIVE_LEVELS)[number];

export const officeKeys = {
  all: ['hr-office'] as const,
  training: (query: TrainingQuery) => [...officeKeys.all, 'training', query] as const,
  meetings: (query: MeetingQuery) => [...officeKeys.all, 'meetings', query] as const,
  meeting: (id: string) => [...officeKeys.all, 'meeting', id] as const,
  actionItems: (query: ActionItemQuery) => [...officeKeys.all, 'action-items', query] as const,
  documents: (query: DocumentQuery) => [...officeKeys.all, 'documents', query] as const,
};

export function trainingListQuery(query: TrainingQuery) {
  return queryOptions({
    queryKey: officeKeys.training(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/training-records', { params: { query }, signal })),
  });
}

export const recordTraining = (body: NewTrainingRecord) =>
  unwrap(api.POST('/api/v1/training-records', { body }));

export function meetingListQuery(query: MeetingQuery) {
  return queryOptions({
    queryKey: officeKeys.meetings(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/meetings', { params: { query }, signal })),
  });
}

export function actionItemListQuery(query: ActionItemQuery) {
  return queryOptions({
    queryKey: officeKeys.actionItems(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/meeting-action-items', { params: { query }, signal })),
  });
}

export function meetingQuery(id: string) {
  return queryOptions({
    queryKey: officeKeys.meeting(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/meetings/{id}', { params: { path: { id } }, signal })),
  });
}

export const scheduleMeeting = (body: NewMeeting) => unwrap(api.POST('/api/v1/meetings', { body }));

export const recordMinutes = (id: string, minutes: string) =>
  unwrap(api.PUT('/api/v1/meetings/{id}/minutes', { params: { path: { id } }, body: { minutes } }));

export const addActionItem = (id: string, body: ApiSchemas['CreateActionItemDto']) =>
  unwrap(api.POST('/api/v1/meetings/{id}/action-items', { params: { path: { id } }, body }));

export const closeActionItem = (meetingId: string, itemId: string) =>
  unwrap(
    api.POST('/api/v1/meetings/{id}/action-items/{itemId}/done', {
      params: { path: { id: meetingId, itemId } },
    }),
  );

export function documentListQuery(query: DocumentQuery) {
  return queryOptions({
    queryKey: officeKeys.documents(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/company-documents', { params: { query }, signal })),
  });
}

export interface CompanyDocumentMeta {
  category: string;
  title: string;
  confidentiality: ArchiveLevel;
}

export function uploadCompanyDocument(meta: CompanyDocumentMeta, file: File) {
  const query = new URLSearchParams({ ...meta });
  return uploadFile<CompanyDocument>(`/api/v1/company-documents?${query.toString()}`, file);
}

export const downloadCompanyDocument = (document: CompanyDocument) =>
  downloadFile(`/api/v1/company-documents/${encodeURIComponent(document.id)}/file`, document.fileName);
