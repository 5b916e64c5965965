import { moodOf } from './anger';
import { detectLanguage, type LanguageGuess } from './detect-language';
import { committedModel, learnedVerdict, raiseWithLearned, type LearnedModel } from './learned-triage';
import { countIndexed, indexText, type TextIndex } from './pattern-triggers';
import { sensitiveFlags } from './sensitive-topics';
import { foldText } from './text-forms';
import { rulesFor } from './triage-rules';
import { en } from './triage-rules/en';
import { FLAG_ROUTING, ROUTINE_TOPICS, type LanguageRules } from './triage-rules/types';
import { sentimentOf } from './triage-sentiment';
import type { CaseText, TriageResult } from './types';

export interface TriageOptions {
  /** languages the AI may answer in; a case in any other goes to a person who speaks it */
  aiLanguages?: readonly string[];
  /** the learned signal that may raise the rules' verdict; the committed model when absent, none when null */
  learned?: LearnedModel | null;
}

const DEFAULT_AI_LANGUAGES = ['en'];
// The topic is a routing hint; the opening of a long message names it as well as the whole would.
const TOPIC_CHARS = 3000;
// A runner-up this close to the detected language may well be the customer's: Swedish and Norwegian.
const CLOSE_RUNNER_UP = 0.7;

/**
 * Triage before any AI answer. Serious topics win, then anger, then language: a case in a language
 * without reviewed rules might be serious in words the rules cannot read, so a person takes it ahead
 * of routine work; a case in a reviewed language the AI may not answer is routine work for a person
 * who speaks it. The rules decide first; the learned signal (learned-triage.ts) can only raise
 * their verdict, for serious messages worded in ways no rule foresaw.
 */
export function triage(text: CaseText, opts: TriageOptions = {}): TriageResult {
  const folded = foldText(`${text.subject}\n${text.message}`);
  const rules = ruleVerdict(text, folded, opts);
  const learned = opts.learned === undefined ? committedModel() : opts.learned;
  // the model learned the reviewed languages only; on any other text its output means nothing (text
  // it cannot read leaves it at its class priors), and the rules already send such a case to a person
  if (!learned || !rulesFor(rules.language ?? 'und')) return rules;
  return raiseWithLearned(rules, learnedVerdict(learned.classifier, folded), learned.thresholds);
}

function ruleVerdict(text: CaseText, folded: string, opts: TriageOptions): TriageResult {
  const raw = `${text.subject}\n${text.message}`;
  const index = indexText(folded);
  const guess = detectLanguage(text);
  const { language } = guess;
  const rules = rulesFor(language);
  const moodRules = rulesForMood(guess, rules);

  const serious = sensitiveFlags(index);
  const sentiment = sentimentOf(raw, index.text, rules ?? en);
  const mood = moodOf(text.message, index, moodRules, sentiment);
  const flags = [...serious, ...mood.flags];
  const languageSkills = language === 'en' || language === 'und' ? [] : [`lang:${language}`];
  const base = { language, sentiment: sentiment.comparative };

  const primary = serious[0];
  if (primary) {
    const routing = FLAG_ROUTING[primary];
    return {
      ...base,
      escalate: true,
      reason: 'sensitive_topic',
      priority: serious.some((f) => FLAG_ROUTING[f].priority === 'urgent') ? 'urgent' : 'high',
      topic: routing.topic,
      skills: [...routing.skills, ...languageSkills],
      flags,
    };
  }

  const topic = guessTopic(
    index.text.length > TOPIC_CHARS ? indexText(index.text.slice(0, TOPIC_CHARS)) : index,
    moodRules,
  );
  if (mood.angry) {
    return {
      ...base,
      escalate: true,
      reason: 'negative_sentiment',
      priority: 'high',
      topic,
      skills: ['escalations', ...languageSkills],
      flags,
    };
  }
  if (!rules) {
    return {
      ...base,
      escalate: true,
      reason: 'language',
      priority: 'high',
      topic,
      skills: [topic, ...languageSkills],
      flags: [...flags, 'unreviewed_language'],
    };
  }
  const aiLanguages = opts.aiLanguages ?? DEFAULT_AI_LANGUAGES;
  const aiMayAnswer = aiLanguages.some((l) => rulesFor(l)?.language === language || l === language);
  return {
    ...base,
    escalate: !aiMayAnswer,
    reason: aiMayAnswer ? null : 'language',
    priority: 'normal',
    topic,
    skills: [topic, ...languageSkills],
    flags,
  };
}

function rulesForMood(guess: LanguageGuess, rules: LanguageRules | undefined): LanguageRules[] {
  const chosen = new Set<LanguageRules>([rules ?? en, en]);
  const [best, second] = guess.candidates;
  const runnerUp =
    second && best && second.score >= CLOSE_RUNNER_UP * best.score ? rulesFor(second.language) : undefined;
  if (runnerUp) chosen.add(runnerUp);
  return [...chosen];
}

function guessTopic(index: TextIndex, languages: LanguageRules[]): string {
  let best = 'general';
  let bestCount = 0;
  for (const topic of ROUTINE_TOPICS) {
    const count = languages.reduce((n, r) => n + countIndexed(r.topics[topic], index), 0);
    if (count > bestCount) {
      best = topic;
      bestCount = count;
    }
  }
  return best;
}
