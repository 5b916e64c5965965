/** Search attributes of a running case, so the Temporal UI and `temporal workflow list --query` can filter. */
import { SearchAttributeType, defineSearchAttributeKey } from '@temporalio/common';

export const CaseStatusKey = defineSearchAttributeKey('CaseStatus', SearchAttributeType.KEYWORD);
export const CasePriorityKey = defineSearchAttributeKey('CasePriority', SearchAttributeType.KEYWORD);
export const EscalationReasonKey = defineSearchAttributeKey('EscalationReason', SearchAttributeType.KEYWORD);
export const AssigneeKey = defineSearchAttributeKey('Assignee', SearchAttributeType.KEYWORD);
export const NextDeadlineKey = defineSearchAttributeKey('NextDeadline', SearchAttributeType.DATETIME);
export const SlaBreachedKey = defineSearchAttributeKey('SlaBreached', SearchAttributeType.BOOL);

/** name -> type, as the temporal CLI and the operator service spell them */
export const CASE_SEARCH_ATTRIBUTES = {
  CaseStatus: 'Keyword',
  CasePriority: 'Keyword',
  EscalationReason: 'Keyword',
  Assignee: 'Keyword',
  NextDeadline: 'Datetime',
  SlaBreached: 'Bool',
} as const;
