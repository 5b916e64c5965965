import type { EscalationReason, Priority } from '../../workflows/case/domain';

/** What the AI sees of a case: the customer's own words. */
export interface CaseText {
  subject: string;
  message: string;
  locale?: string;
  orderRef?: string;
  /** BCP 47 tag, when the caller already knows the language; triage then trusts it instead of detecting */
  language?: string;
}

/** Result of the rule-based triage that runs before any AI answer. Rules always win over a model. */
export interface TriageResult {
  /** true: the case goes straight to a human, no AI answer. */
  escalate: boolean;
  /** set when escalate is true */
  reason: Extract<EscalationReason, 'sensitive_topic' | 'negative_sentiment' | 'language'> | null;
  priority: Priority;
  /** best guess of the topic, e.g. 'refunds', 'payments', 'fraud', 'hardship', 'complaint', 'account', 'delivery', 'general' */
  topic: string;
  /** skills a human agent needs, used for routing (e.g. ['fraud'], ['payments', 'lang:de'], ['complaints']) */
  skills: string[];
  /** comparative sentiment score from the sentiment library (negative = unhappy) */
  sentiment: number;
  /** which rules fired, e.g. ['fraud', 'angry'], and 'unreviewed_language' for a language without rules */
  flags: string[];
  /** detected language of the case, a BCP 47 tag ('en', 'de', 'sv', 'no', ...), 'und' when unknown */
  language: string;
}

export interface KbArticle {
  /** stable id used in aiAnswer.sources, e.g. 'kb/refunds' */
  id: string;
  title: string;
  topic: string;
  /** BCP 47 tag of the language the article is written in; 'en' when absent */
  language?: string;
  tags: string[];
  body: string;
}

export interface AiAnswer {
  text: string;
  /** 0..1, calibrated: below the configured threshold the case escalates with low_confidence */
  confidence: number;
  /** article ids the answer relies on */
  sources: string[];
  topic: string;
  /** the resolver itself says a human should take this */
  needsHuman: boolean;
}
