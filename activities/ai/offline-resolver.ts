import { termsOf, type KbHit, type KnowledgeBase } from './knowledge-base';
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

export function offlineResolve(kb: KnowledgeBase, text: CaseText): AiAnswer {
  const query = `${text.subject} ${text.message}`;
  const hits = kb.search(query, 3);
  if (hits.length === 0) {
    return {
      text: NO_MATCH_REPLY,
      confidence: 0,
      sources: [],
      topic: 'general',
      needsHuman: true,
    };
  }

  const [top, second] = hits;
  const related = second && second.score >= CO_SOURCE_RATIO * top.score ? second.article : undefined;
  const reply = [
    opener(top.article),
    `Here is what our help article "${top.article.title}" says:`,
    relevantPassage(top.article, termsOf(query)),
    related ? `You may also find "${related.title}" useful.` : '',
    CLOSING,
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

const NO_MATCH_REPLY =
  "Thanks for your message. I couldn't find an answer to this in our help centre, so I've passed it to a member of our support team, who will reply to you here.";

const CLOSING = "If this doesn't answer your question, just reply and a member of our support team will pick it up.";

// Articles about something having gone wrong open with an apology; the rest with a plain thank-you.
const APOLOGIES: Record<string, string> = {
  'kb/delivery-not-arrived':
    "I'm sorry your order hasn't arrived yet; waiting on a parcel that doesn't turn up is frustrating.",
  'kb/damaged-or-wrong-item': "I'm sorry your order didn't arrive the way it should have.",
  'kb/failed-payments': "I'm sorry your payment didn't go through. This is usually quick to put right.",
  'kb/late-fees': 'I understand an unexpected fee is unwelcome, so here is exactly how late fees work.',
  'kb/declined-purchase': "I'm sorry your purchase wasn't approved; I know that's disappointing at checkout.",
  'kb/login-password-reset': "Sorry you're having trouble getting into your account.",
  'kb/pending-charges': 'I can see why a charge appearing twice would be worrying.',
  'kb/order-not-showing': "Sorry you can't see your order; it's usually one of a few simple things.",
  'kb/app-notifications': 'Sorry the app is giving you trouble.',
};

const TOPIC_PHRASES: Record<string, string> = {
  payments: 'your payments',
  refunds: 'your refund',
  orders: 'your order',
  delivery: 'your delivery',
  account: 'your account',
  app: 'the app',
  statements: 'your statements',
  fees: 'fees',
};

function opener(article: KbArticle): string {
  const phrase = TOPIC_PHRASES[article.topic];
  return (
    APOLOGIES[article.id] ?? (phrase ? `Thanks for getting in touch about ${phrase}.` : 'Thanks for getting in touch.')
  );
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

function overlap(passage: Passage, queryTerms: Set<string>): number {
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
function relevantPassage(article: KbArticle, queryTerms: string[]): string {
  const passages = passagesOf(article.body);
  const wanted = new Set(queryTerms);
  let best = 0;
  let bestScore = 0;
  passages.forEach((p, i) => {
    const score = overlap(p, wanted);
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
