import { priorityRank, type Priority } from '../../workflows/case/domain';
import { CLASSES, TriageClassifier, type SerialisedClassifier } from './triage-classifier';
import modelFile from './triage-model.json';
import { FLAG_ROUTING, type SensitiveFlag } from './triage-rules/types';
import type { TriageResult } from './types';

/**
 * The learned signal beside the rules: a classifier trained on the labelled messages
 * (`npm run train-triage`) that hears serious messages in wordings no rule foresaw. It only ever
 * raises the rules' verdict: it sends a case to a person or raises its priority, never the reverse.
 */
export type SeriousClass = Exclude<(typeof CLASSES)[number], 'routine'>;

export interface LearnedThresholds {
  /** probability of any serious class from which a case goes to a person */
  serious: number;
  /** probability of fraud or of self-harm from which a case is urgent */
  urgent: number;
}

export interface LearnedModel {
  classifier: TriageClassifier;
  thresholds: LearnedThresholds;
}

export interface LearnedModelFile {
  classifier: SerialisedClassifier;
  thresholds: LearnedThresholds;
  /** how the thresholds were chosen and what cross-validation measured; for people, not read here */
  training: Record<string, unknown>;
}

export interface LearnedVerdict {
  /** 1 - P(routine) */
  serious: number;
  /** the most likely serious class */
  category: SeriousClass;
  /** fraud or self-harm, whichever is likelier */
  urgentCategory: 'fraud' | 'self_harm';
  urgent: number;
}

// Messages are classified whole up to this length; longer ones in overlapping windows of it, and
// the most serious window counts, so that a serious paragraph in a long routine message is heard.
const WINDOW_CHARS = 2000;
const ROUTINE = CLASSES.indexOf('routine');
const FRAUD = CLASSES.indexOf('fraud');
const SELF_HARM = CLASSES.indexOf('self_harm');

let committed: LearnedModel | undefined;

/** The committed model (activities/ai/triage-model.json), read once. */
export function committedModel(): LearnedModel {
  committed ??= modelFrom(modelFile as unknown as LearnedModelFile);
  return committed;
}

export function modelFrom(file: LearnedModelFile): LearnedModel {
  const { serious, urgent } = file.thresholds;
  if (!(serious > 0 && serious < 1 && urgent > 0 && urgent < 1)) throw new Error('model thresholds out of range');
  return { classifier: TriageClassifier.fromJSON(file.classifier), thresholds: { serious, urgent } };
}

/** The classifier's view of folded text (text-forms.ts foldText). */
export function learnedVerdict(classifier: TriageClassifier, folded: string): LearnedVerdict {
  let best = classifier.predict(folded, 0, Math.min(folded.length, WINDOW_CHARS));
  for (let start = WINDOW_CHARS / 2; start + WINDOW_CHARS / 2 < folded.length; start += WINDOW_CHARS / 2) {
    const from = wordStart(folded, start);
    const p = classifier.predict(folded, from, Math.min(folded.length, wordStart(folded, from + WINDOW_CHARS)));
    if (p[ROUTINE] < best[ROUTINE]) best = p;
  }
  return verdictOf(best);
}

export function verdictOf(p: ArrayLike<number>): LearnedVerdict {
  let top = -1;
  for (let c = 0; c < CLASSES.length; c++) if (c !== ROUTINE && (top < 0 || p[c] > p[top])) top = c;
  const urgentCategory = p[SELF_HARM] >= p[FRAUD] ? 'self_harm' : 'fraud';
  return {
    serious: 1 - p[ROUTINE],
    category: CLASSES[top] as SeriousClass,
    urgentCategory,
    urgent: p[urgentCategory === 'fraud' ? FRAUD : SELF_HARM],
  };
}

/**
 * The rules' verdict raised where the classifier is confident: a case the rules let through goes to
 * a person, and one they escalated becomes urgent when fraud or self-harm is likely. A language
 * without rules keeps its reason; only its priority can rise.
 */
export function raiseWithLearned(
  rules: TriageResult,
  verdict: LearnedVerdict,
  thresholds: LearnedThresholds,
): TriageResult {
  const urgent = verdict.urgent >= thresholds.urgent;
  const serious = urgent || verdict.serious >= thresholds.serious;
  const heardByRules = rules.escalate && (rules.reason !== 'language' || rules.flags.includes('unreviewed_language'));

  if (serious && !heardByRules) {
    const category = urgent ? verdict.urgentCategory : verdict.category;
    const priority = higher(rules.priority, urgent ? 'urgent' : 'high');
    const languageSkills = rules.skills.filter((s) => s.startsWith('lang:'));
    const flags = [...rules.flags, `learned:${category}`];
    if (category === 'angry') {
      return {
        ...rules,
        escalate: true,
        reason: 'negative_sentiment',
        priority,
        skills: ['escalations', ...languageSkills],
        flags,
      };
    }
    const routing = FLAG_ROUTING[category satisfies SensitiveFlag];
    return {
      ...rules,
      escalate: true,
      reason: 'sensitive_topic',
      priority,
      topic: routing.topic,
      skills: [...routing.skills, ...languageSkills],
      flags,
    };
  }
  if (urgent && rules.escalate && priorityRank(rules.priority) < priorityRank('urgent')) {
    return { ...rules, priority: 'urgent', flags: [...rules.flags, `learned:${verdict.urgentCategory}`] };
  }
  return rules;
}

function higher(a: Priority, b: Priority): Priority {
  return priorityRank(b) > priorityRank(a) ? b : a;
}

/** The start of the word at or after `at`: a window never begins or ends inside a word. */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i < text.length && !/\s/.test(text[i])) i++;
  return Math.min(i, text.length);
}
