import fs from 'node:fs';
import path from 'node:path';
import { canonicalLanguage, rulesFor } from '../../activities/ai/triage-rules';
import { triage, type TriageOptions } from '../../activities/ai/triage';
import type { TriageResult } from '../../activities/ai/types';

/** One labelled message of a multilingual evaluation set (one JSON array per file). */
export interface LabelledCase {
  language: string;
  subject: string;
  message: string;
  serious: boolean;
  category: string;
  priority: string;
}

export interface Outcome {
  item: LabelledCase;
  result: TriageResult;
  /** serious and escalated for a reason that fits: a serious rule, anger, or a language without rules */
  caught: boolean;
}

export interface LanguageRow {
  language: string;
  aiAnswers: boolean;
  serious: number;
  caught: number;
  rightPriority: number;
  routine: number;
  routineToPerson: number;
  detected: number;
  total: number;
}

export const DEFAULT_EVAL_DIR = 'test/fixtures/triage-eval';
export const DEV_DIR = 'test/fixtures/triage-dev';

/** Every *.json array in the folders that exist; a missing folder is simply not there yet. */
export function loadLabelled(dirs: string[]): LabelledCase[] {
  const items: LabelledCase[] = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const parsed: unknown = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      if (!Array.isArray(parsed)) throw new Error(`${path.join(dir, file)}: expected a JSON array`);
      items.push(...(parsed as LabelledCase[]));
    }
  }
  return items;
}

export function evalDirs(root: string): string[] {
  const heldOut = process.env.TRIAGE_EVAL_DIR ?? DEFAULT_EVAL_DIR;
  return [...new Set([path.resolve(root, heldOut), path.resolve(root, DEV_DIR)])];
}

/** The label's language as triage names it ("nb" -> "no"). */
export function languageOf(item: LabelledCase): string {
  return canonicalLanguage(item.language);
}

const ESCALATED_FOR_CONTENT = new Set(['sensitive_topic', 'negative_sentiment']);

export function judge(
  item: LabelledCase,
  aiLanguages: readonly string[],
  opts: Omit<TriageOptions, 'aiLanguages'> = {},
): Outcome {
  return judged(item, triage({ subject: item.subject, message: item.message }, { ...opts, aiLanguages }));
}

/** Whether a verdict, however it was reached, catches the message. */
export function judged(item: LabelledCase, result: TriageResult): Outcome {
  const unreviewed = !rulesFor(languageOf(item));
  const caught =
    result.escalate && (ESCALATED_FOR_CONTENT.has(result.reason ?? '') || (unreviewed && result.reason === 'language'));
  return { item, result, caught };
}

export function tabulate(outcomes: Outcome[], aiLanguages: readonly string[]): LanguageRow[] {
  const rows = new Map<string, LanguageRow>();
  for (const { item, result, caught } of outcomes) {
    const language = languageOf(item);
    const row = rows.get(language) ?? {
      language,
      aiAnswers: aiLanguages.includes(language),
      serious: 0,
      caught: 0,
      rightPriority: 0,
      routine: 0,
      routineToPerson: 0,
      detected: 0,
      total: 0,
    };
    row.total += 1;
    if (result.language === language) row.detected += 1;
    if (item.serious) {
      row.serious += 1;
      if (caught) row.caught += 1;
      if (caught && result.priority === item.priority) row.rightPriority += 1;
    } else {
      row.routine += 1;
      if (result.escalate) row.routineToPerson += 1;
    }
    rows.set(language, row);
  }
  return [...rows.values()].sort((a, b) => a.language.localeCompare(b.language));
}

function pct(n: number, d: number): string {
  return d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(0).padStart(4)}% `;
}

export function formatTable(rows: LanguageRow[]): string {
  const header = 'lang  AI  items  serious recall     right priority     routine to person  detected';
  const lines = rows.map((r) =>
    [
      r.language.padEnd(5),
      (r.aiAnswers ? 'yes' : 'no').padEnd(3),
      String(r.total).padStart(5),
      `${pct(r.caught, r.serious)}${`${r.caught}/${r.serious}`.padEnd(8)}`,
      `  ${pct(r.rightPriority, r.serious)}${`${r.rightPriority}/${r.serious}`.padEnd(8)}`,
      `  ${pct(r.routineToPerson, r.routine)}${`${r.routineToPerson}/${r.routine}`.padEnd(8)}`,
      `  ${pct(r.detected, r.total)}`,
    ].join(' '),
  );
  return [header, ...lines].join('\n');
}

export function describeMiss(o: Outcome): string {
  const r = o.result;
  const got = r.escalate ? `${r.reason}/${r.priority}` : 'not escalated';
  const text = `${o.item.subject} | ${o.item.message}`.replace(/\s+/g, ' ').slice(0, 90);
  return `  [${o.item.language} ${o.item.category}] got ${got} (lang ${r.language}; ${r.flags.join(',')}) "${text}"`;
}
