import type { KbHit, KnowledgeBase } from './knowledge-base';
import { replyTextsFor, type ReplyTexts } from './offline-replies';
import type { AiAnswer, CaseText, KbArticle } from './types';

// Evidence that maps to confidence 0.5, and how steeply confidence rises around it. Chosen so one
// strong term ("refund") clears the threshold while a lone generic word ("account", "payment") with a
// close runner-up does not, and a typical clear match lands around 0.9.
const EVIDENCE_MIDPOINT = 20;
const EVIDENCE_STEEPNESS = 1.5;
// A runner-up this close to the top result is relevant enough to cite as well.
const CO_SOURCE_RATIO = 0.75;

/**
 * MiniSearch scores are unbounded and grow with query length, so confidence saturates the top score,
 * discounted when the runner-up is nearly as good: a tie means the question could be about either.
 */
export function confidenceOf(hits: KbHit[]): number {
  if (hits.length === 0) return 0;
  const top = hits[0].score;
  const runnerUp = hits[1]?.score ?? 0;
  const margin = top > 0 ? (top - runnerUp) / top : 0;
  const evidence = top * (0.4 + 0.6 * margin);
  // Log-logistic: scores span orders of magnitude, so ratios matter more than differences.
  const odds = (evidence / EVIDENCE_MIDPOINT) ** EVIDENCE_STEEPNESS;
  return round(odds / (1 + odds));
}

/**
 * Answers from the help centre in the customer's language (text.language, English by default). A
 * language the help centre is not written in gets no answer: a person who speaks it takes the case.
 */
export function offlineResolve(kb: KnowledgeBase, text: CaseText): AiAnswer {
  const language = (text.language ?? 'en').toLowerCase().split('-')[0];
  const replies = replyTextsFor(language);
  const query = `${text.subject} ${text.message}`;
  const hits = kb.languages().includes(language) ? kb.search(query, 3, language) : [];
  if (hits.length === 0) {
    return {
      text: replies.noMatch,
      confidence: 0,
      sources: [],
      topic: 'general',
      needsHuman: true,
    };
  }

  const [top, second] = hits;
  const related = second && second.score >= CO_SOURCE_RATIO * top.score ? second.article : undefined;
  const termsOf = (s: string) => kb.termsOf(s, language);
  const reply = [
    opener(top.article, replies),
    replies.quoting(top.article.title),
    relevantPassage(top.article, termsOf(query), termsOf),
    related ? replies.related(related.title) : '',
    replies.closing,
  ]
    .filter(Boolean)
    .join('\n\n');

  return {
    text: reply,
    confidence: confidenceOf(hits),
    sources: related ? [top.article.id, related.id] : [top.article.id],
    topic: top.article.topic || 'general',
    needsHuman: false,
  };
}

// Articles about something having gone wrong open with an apology; the rest with a plain thank-you.
function opener(article: KbArticle, replies: ReplyTexts): string {
  const name = article.id.split('/').pop() ?? article.id;
  return replies.apologies[name] ?? replies.thanks(replies.topicPhrases[article.topic]);
}

interface Passage {
  heading?: string;
  text: string;
}

/** Paragraphs of an article, each list kept whole with the heading it sits under. */
function passagesOf(body: string): Passage[] {
  const passages: Passage[] = [];
  let heading: string | undefined;
  const blocks = body
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  for (const block of blocks) {
    const headingOnly = /^\*\*([^*]+)\*\*$/.exec(block);
    if (headingOnly) {
      heading = headingOnly[1];
      continue;
    }
    passages.push({ heading, text: block });
  }
  return passages;
}

function overlap(passage: Passage, queryTerms: Set<string>, termsOf: (s: string) => string[]): number {
  const terms = new Set(termsOf(`${passage.heading ?? ''} ${passage.text}`));
  let hits = 0;
  for (const q of queryTerms) {
    if (terms.has(q)) hits += 1;
    else if (q.length >= 4 && [...terms].some((t) => t.startsWith(q))) hits += 0.5;
  }
  return hits;
}

/**
 * The article's opening paragraph says what the article is about; the passage sharing most terms with
 * the question usually holds the answer. Quoting both gives context without the whole article.
 */
function relevantPassage(article: KbArticle, queryTerms: string[], termsOf: (s: string) => string[]): string {
  const passages = passagesOf(article.body);
  const wanted = new Set(queryTerms);
  let best = 0;
  let bestScore = 0;
  passages.forEach((p, i) => {
    const score = overlap(p, wanted, termsOf);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  const chosen = best === 0 ? passages.slice(0, 2) : [passages[0], passages[best]];
  return chosen
    .map((p) => (p.heading ? `${p.heading}:\n${p.text}` : p.text))
    .map(plain)
    .join('\n\n');
}

function plain(markdown: string): string {
  return markdown.replace(/\*\*([^*]+)\*\*/g, '$1');
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
