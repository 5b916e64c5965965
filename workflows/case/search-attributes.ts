/**
 * Search attributes of a case, so supervisors' lists and counts come from Temporal visibility (and the
 * Temporal UI and `temporal workflow list --query` can filter). The dev server's SQLite visibility
 * allows 10 Keyword, 3 Datetime and 3 Bool attributes.
 */
import { SearchAttributeType, defineSearchAttributeKey } from '@temporalio/common';

export const CaseStatusKey = defineSearchAttributeKey('CaseStatus', SearchAttributeType.KEYWORD);
export const CasePriorityKey = defineSearchAttributeKey('CasePriority', SearchAttributeType.KEYWORD);
export const EscalationReasonKey = defineSearchAttributeKey('EscalationReason', SearchAttributeType.KEYWORD);
export const AssigneeKey = defineSearchAttributeKey('Assignee', SearchAttributeType.KEYWORD);
export const NextDeadlineKey = defineSearchAttributeKey('NextDeadline', SearchAttributeType.DATETIME);
export const SlaBreachedKey = defineSearchAttributeKey('SlaBreached', SearchAttributeType.BOOL);
/** set at start and never changed */
export const CustomerIdKey = defineSearchAttributeKey('CustomerId', SearchAttributeType.KEYWORD);
export const CaseChannelKey = defineSearchAttributeKey('CaseChannel', SearchAttributeType.KEYWORD);
export const CaseCreatedAtKey = defineSearchAttributeKey('CaseCreatedAt', SearchAttributeType.DATETIME);
/** kept by cases started from release 0.2 on */
export const SlaAtRiskKey = defineSearchAttributeKey('SlaAtRisk', SearchAttributeType.BOOL);
export const CaseTopicKey = defineSearchAttributeKey('CaseTopic', SearchAttributeType.KEYWORD);
export const CaseLanguageKey = defineSearchAttributeKey('CaseLanguage', SearchAttributeType.KEYWORD);
/** the store refused this case's writes for a whole retry window: a dead letter supervisors can list */
export const StoreBehindKey = defineSearchAttributeKey('StoreBehind', SearchAttributeType.BOOL);

/** name -> type, as the temporal CLI and the operator service spell them */
export const CASE_SEARCH_ATTRIBUTES = {
  CaseStatus: 'Keyword',
  CasePriority: 'Keyword',
  EscalationReason: 'Keyword',
  Assignee: 'Keyword',
  NextDeadline: 'Datetime',
  SlaBreached: 'Bool',
  CustomerId: 'Keyword',
  CaseChannel: 'Keyword',
  CaseCreatedAt: 'Datetime',
  SlaAtRisk: 'Bool',
  CaseTopic: 'Keyword',
  CaseLanguage: 'Keyword',
  StoreBehind: 'Bool',
} as const;
