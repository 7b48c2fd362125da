import {
  intParam,
  matchingParam,
  optionalEnumParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import {
  DOCUMENT_CATEGORIES,
  MEETING_STATUSES,
  TRAINING_KINDS,
  type DocumentQuery,
  type MeetingQuery,
  type TrainingKind,
  type TrainingQuery,
} from './office.api';

const limit = intParam({ min: 1, max: 200, fallback: 50 });

export interface TrainingListState {
  employeeId: string | undefined;
  kind: TrainingKind | undefined;
  limit: number;
}

export const trainingListSpec: UrlStateSpec<TrainingListState> = {
  employeeId: matchingParam(UUID_PATTERN),
  kind: optionalEnumParam(TRAINING_KINDS),
  limit,
};

export const toTrainingQuery = (s: TrainingListState, cursor: string | undefined): TrainingQuery => ({
  employeeId: s.employeeId,
  kind: s.kind,
  sort: '-startsOn',
  limit: s.limit,
  cursor,
});

export interface MeetingListState {
  status: (typeof MEETING_STATUSES)[number] | undefined;
  limit: number;
}

export const meetingListSpec: UrlStateSpec<MeetingListState> = {
  status: optionalEnumParam(MEETING_STATUSES),
  limit,
};

export const toMeetingQuery = (s: MeetingListState, cursor: string | undefined): MeetingQuery => ({
  status: s.status,
  sort: '-heldAt',
  limit: s.limit,
  cursor,
});

export interface DocumentListState {
  category: (typeof DOCUMENT_CATEGORIES)[number] | undefined;
  limit: number;
}

export const documentListSpec: UrlStateSpec<DocumentListState> = {
  category: optionalEnumParam(DOCUMENT_CATEGORIES),
  limit,
};

export const toDocumentQuery = (s: DocumentListState, cursor: string | undefined): DocumentQuery => ({
  category: s.category,
  sort: '-createdAt',
  limit: s.limit,
  cursor,
});
