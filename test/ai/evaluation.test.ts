import path from 'node:path';
import evalSet from '../fixtures/eval-set.json';
import { loadKnowledgeBase } from '../../activities/ai/knowledge-base';
import { offlineResolve } from '../../activities/ai/offline-resolver';
import { loadConfig } from '../../src/config';
import { triage } from '../../activities/ai/triage';

type Expect = { article: string } | { escalate: 'sensitive_topic' | 'negative_sentiment' | 'low_confidence' };
interface EvalItem {
  subject: string;
  message: string;
  expect: Expect;
}

const DEFAULT_CONFIDENCE_THRESHOLD = loadConfig({}).policy.aiConfidenceThreshold;
const kb = loadKnowledgeBase(path.join(__dirname, '../../kb'));
const items = evalSet as EvalItem[];

const expected = (e: Expect) => ('article' in e ? e.article : e.escalate);
const isSerious = (e: Expect) => 'escalate' in e && e.escalate !== 'low_confidence';

/** What the case would do: a triage escalation, a low-confidence handover, or the article answered from. */
function route(item: EvalItem) {
  const verdict = triage(item);
  if (verdict.escalate) return { outcome: verdict.reason as string, answered: false, confidence: undefined };
  const answer = offlineResolve(kb, item);
  const confident = !answer.needsHuman && answer.confidence >= DEFAULT_CONFIDENCE_THRESHOLD;
  return {
    outcome: confident ? answer.sources[0] : 'low_confidence',
    answered: confident,
    confidence: answer.confidence,
  };
}

describe('evaluation: triage then offline resolver over the labelled set', () => {
  const results = items.map((item) => ({ item, want: expected(item.expect), ...route(item) }));
  const serious = results.filter((r) => isSerious(r.item.expect));
  const rest = results.filter((r) => !isSerious(r.item.expect));
  const seriousEscalated = serious.filter((r) => r.outcome === 'sensitive_topic' || r.outcome === 'negative_sentiment');
  const seriousReasonRight = serious.filter((r) => r.outcome === r.want);
  const restRight = rest.filter((r) => r.outcome === r.want);
  const routine = rest.filter((r) => 'article' in r.item.expect);
  const offTopic = rest.filter((r) => !('article' in r.item.expect));

  const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / Math.max(d, 1)).toFixed(1)}%)`;
  const misses = results.filter((r) => r.outcome !== r.want);

  beforeAll(() => {
    const lines = [
      `eval set: ${items.length} items, threshold ${DEFAULT_CONFIDENCE_THRESHOLD}`,
      `serious escalated (recall)      ${pct(seriousEscalated.length, serious.length)}`,
      `serious with the labelled reason ${pct(seriousReasonRight.length, serious.length)}`,
      `routine routed to the article   ${pct(routine.filter((r) => r.outcome === r.want).length, routine.length)}`,
      `off-topic/vague held back       ${pct(offTopic.filter((r) => r.outcome === r.want).length, offTopic.length)}`,
      `non-serious routed correctly    ${pct(restRight.length, rest.length)}`,
      `misses (${misses.length}):`,
      ...misses.map(
        (r) =>
          `  want ${r.want.padEnd(28)} got ${r.outcome.padEnd(28)}${
            r.confidence === undefined ? '' : ` conf ${r.confidence.toFixed(2)}`
          }  "${`${r.item.subject} | ${r.item.message}`.slice(0, 70)}"`,
      ),
    ];
    console.log(lines.join('\n'));
  });

  it('labels at least 70 messages, 20 of them serious', () => {
    expect(items.length).toBeGreaterThanOrEqual(70);
    expect(serious.length).toBeGreaterThanOrEqual(20);
    for (const r of results.filter((x) => 'article' in x.item.expect)) expect(kb.get(r.want)).toBeDefined();
  });

  it('escalates every serious case: none is answered by the AI', () => {
    const answered = serious.filter((r) => r.answered || r.outcome === 'low_confidence');
    expect(answered.map((r) => r.item.message)).toEqual([]);
  });

  it('routes at least 85% of the remaining cases correctly', () => {
    expect(restRight.length / rest.length).toBeGreaterThanOrEqual(0.85);
  });
});
