/**
 * How long triage takes on 20,000-character messages (the longest the API accepts), printed by
 * `npm run eval`: a figure to watch, measured as the fastest of several runs after a warm-up.
 */
import path from 'node:path';
import { triage } from '../../activities/ai/triage';
import { DEV_DIR, loadLabelled } from './multilingual-eval';

const LONG = 20_000;
const AI_LANGUAGES = ['en', 'de', 'sv'];

const labelled = loadLabelled([path.join(__dirname, '../..', DEV_DIR)]);
const routine = labelled.filter((i) => !i.serious).map((i) => i.message);
const routineIn = (...languages: string[]) =>
  labelled.filter((i) => !i.serious && languages.includes(i.language)).map((i) => i.message);

function longMessage(parts: string[]): string {
  let text = '';
  for (let i = 0; text.length < LONG; i++) text += `${parts[i % parts.length]}\n`;
  return text.slice(0, LONG);
}

/**
 * The fastest of several runs after a warm-up: the cost of the code itself, not of the first
 * compile or of other work sharing the machine.
 */
function bestMs(run: () => unknown): number {
  for (let i = 0; i < 3; i++) run();
  let best = Infinity;
  for (let i = 0; i < 9; i++) {
    const started = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}

export function triageSpeeds(): { name: string; ms: number }[] {
  const cases: [string, string][] = [
    ['English', longMessage(routineIn('en'))],
    ['German with English mixed in', longMessage(routineIn('de', 'en'))],
    ['Swedish', longMessage(routineIn('sv'))],
    ['Danish and Norwegian', longMessage(routineIn('da', 'no'))],
    [
      'one sentence over and over',
      longMessage(['Hello, I ordered a jacket last week and the parcel has not arrived yet.']),
    ],
    ['words without punctuation', 'word '.repeat(LONG / 5)],
    ['a single endless word', 'x'.repeat(LONG)],
    ['capitals and exclamation marks', 'WHERE IS MY PARCEL!!! '.repeat(LONG / 22)],
    ['routine messages of all eleven languages', longMessage(routine)],
  ];
  return cases.map(([name, message]) => ({
    name,
    ms: bestMs(() => triage({ subject: 'Question', message }, { aiLanguages: AI_LANGUAGES })),
  }));
}
