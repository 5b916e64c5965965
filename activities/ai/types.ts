/** The AI's own types; what crosses into the workflow (CaseText, TriageResult, AiAnswer) is in its contract. */
export type { AiAnswer, CaseText, TriageResult } from '../../workflows/case/io';

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
