/**
 * The messages the learned triage signal is trained on: the tuned multilingual sets and the English
 * evaluation set, and nothing else. The held-out set (test/fixtures/triage-heldout) is never read
 * here: it measures the model, so it must not shape it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { indexText } from '../../activities/ai/pattern-triggers';
import { sensitiveFlags } from '../../activities/ai/sensitive-topics';
import { foldText } from '../../activities/ai/text-forms';
import type { LabelledText, TriageClass } from '../../activities/ai/triage-classifier';
import { FLAG_ROUTING } from '../../activities/ai/triage-rules/types';
import { DEFAULT_EVAL_DIR, DEV_DIR, loadLabelled, type LabelledCase } from './multilingual-eval';

export const ENGLISH_SET = 'test/fixtures/eval-set.json';
export const TRAINING_SOURCES = [DEV_DIR, DEFAULT_EVAL_DIR, ENGLISH_SET];

interface EnglishItem {
  subject: string;
  message: string;
  expect: { article: string } | { escalate: 'sensitive_topic' | 'negative_sentiment' | 'low_confidence' };
}

export interface TrainingItem extends LabelledCase {
  /** where it came from, relative to the project root */
  source: string;
}

export function loadTrainingSet(root: string): TrainingItem[] {
  const items: TrainingItem[] = [];
  for (const dir of [DEV_DIR, DEFAULT_EVAL_DIR]) {
    items.push(...loadLabelled([path.join(root, dir)]).map((item) => ({ ...item, source: dir })));
  }
  const english = JSON.parse(fs.readFileSync(path.join(root, ENGLISH_SET), 'utf8')) as EnglishItem[];
  items.push(...english.map((item) => ({ ...fromEnglishSet(item), source: ENGLISH_SET })));
  return items;
}

/**
 * The English set says only "sensitive topic" or "negative sentiment"; the category of a sensitive
 * one is the first flag the rules, tuned on this very set, find in it.
 */
function fromEnglishSet(item: EnglishItem): LabelledCase {
  const base = { language: 'en', subject: item.subject, message: item.message };
  const escalate = 'escalate' in item.expect ? item.expect.escalate : undefined;
  if (escalate === 'negative_sentiment') return { ...base, serious: true, category: 'angry', priority: 'high' };
  if (escalate !== 'sensitive_topic') return { ...base, serious: false, category: 'routine', priority: 'normal' };
  const [flag] = sensitiveFlags(indexText(foldText(`${item.subject}\n${item.message}`)));
  if (!flag) throw new Error(`${ENGLISH_SET}: no rule names the topic of "${item.subject}"`);
  return { ...base, serious: true, category: flag, priority: FLAG_ROUTING[flag].priority };
}

export function classOf(item: LabelledCase): TriageClass {
  return (item.serious ? item.category : 'routine') as TriageClass;
}

/** The text as triage folds it. */
export function labelledText(item: LabelledCase): LabelledText {
  return { text: foldText(`${item.subject}\n${item.message}`), label: classOf(item) };
}
