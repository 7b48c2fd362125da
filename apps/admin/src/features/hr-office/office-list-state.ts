import {
  intParam,
  matchingParam,
  optionalEnumParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import {
  ACTION_ITEM_STATUSES,
  DOCUMENT_CATEGORIES,
  MEETING_STATUSES,
  type ActionItemQuery,
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

export const MEETING_VIEWS = ['meetings', 'actionItems'] as const;

/** The meetings page lists meetings, or (tab `actionItems`) the action items of every meeting to chase. */
export interface MeetingListState {
  view: (typeof MEETING_VIEWS)[number] | undefined;
  status: (typeof MEETING_STATUSES)[number] | undefined;
  itemStatus: (typeof ACTION_ITEM_STATUSES)[number] | undefined;
  limit: number;
}

export const meetingListSpec: UrlStateSpec<MeetingListState> = {
  view: optionalEnumParam(MEETING_VIEWS),
  status: optionalEnumParam(MEETING_STATUSES),
  itemStatus: optionalEnumParam(ACTION_ITEM_STATUSES),
  limit,
};

export const toActionItemQuery = (s: MeetingListState, cursor: string | undefined): ActionItemQuery => ({
  status: s.itemStatus,
  sort: 'dueOn',
  limit: s.limit,
  cursor,
});

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
