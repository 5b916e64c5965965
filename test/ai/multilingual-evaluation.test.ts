import path from 'node:path';
import { loadKnowledgeBase } from '../../activities/ai/knowledge-base';
import { rulesFor } from '../../activities/ai/triage-rules';
import { describeMiss, evalDirs, formatTable, judge, languageOf, loadLabelled, tabulate } from './multilingual-eval';

const root = path.join(__dirname, '../..');
const items = loadLabelled(evalDirs(root));
const aiLanguages = loadKnowledgeBase(path.join(root, 'kb')).languages();
const outcomes = items.map((item) => judge(item, aiLanguages));
const rows = tabulate(outcomes, aiLanguages);

// Share of routine messages in a language the AI answers that may still go to a person.
const MAX_ROUTINE_TO_PERSON = 0.05;

const missedIn = (language: string) =>
  outcomes.filter((o) => o.item.serious && !o.caught && languageOf(o.item) === language).map(describeMiss);
const routineToPersonIn = (language: string) =>
  outcomes.filter((o) => !o.item.serious && o.result.escalate && languageOf(o.item) === language).map(describeMiss);

describe('multilingual evaluation: triage over every labelled set present', () => {
  beforeAll(() => {
    console.log(`${items.length} labelled messages\n${formatTable(rows)}`);
  });

  // Languages without rules may come with a message or two (a routine Romanian one); the reviewed ones need both kinds.
  it('has labelled messages, serious and routine, in at least eleven reviewed languages', () => {
    const reviewed = rows.filter((r) => rulesFor(r.language));
    expect(reviewed.length).toBeGreaterThanOrEqual(11);
    for (const row of reviewed) expect([row.serious > 0, row.routine > 0]).toEqual([true, true]);
  });

  it.each(rows.map((r) => r.language))('escalates every serious message in %s', (language) => {
    expect(missedIn(language)).toEqual([]);
  });

  it.each(rows.filter((r) => r.aiAnswers && r.routine > 0).map((r) => [r.language, r.routine]))(
    'sends at most one in twenty routine %s messages to a person',
    (language, routine) => {
      expect(routineToPersonIn(language).length).toBeLessThanOrEqual(MAX_ROUTINE_TO_PERSON * routine);
    },
  );
});
