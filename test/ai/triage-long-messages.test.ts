/** Triage reads every part of a long message: a serious sentence anywhere in 20,000 characters is heard. */
import path from 'node:path';
import { triage } from '../../activities/ai/triage';
import { DEV_DIR, loadLabelled } from './multilingual-eval';

const LONG = 20_000;
const AI_LANGUAGES = ['en', 'de', 'sv'];

const labelled = loadLabelled([path.join(__dirname, '../..', DEV_DIR)]);
const routine = labelled.filter((i) => !i.serious).map((i) => i.message);

function longMessage(parts: string[]): string {
  let text = '';
  for (let i = 0; text.length < LONG; i++) text += `${parts[i % parts.length]}\n`;
  return text.slice(0, LONG);
}

describe('a long message', () => {
  it('still hears a serious sentence at the very end', () => {
    const message = `${longMessage(routine)}\nPS: min plånbok blev stulen igår med kortet i.`;
    const result = triage({ subject: 'Question', message }, { aiLanguages: AI_LANGUAGES });
    expect(result).toMatchObject({ escalate: true, reason: 'sensitive_topic', priority: 'urgent' });
  });
});

describe('triage of long messages reads every part of them', () => {
  const filler = longMessage(routine).slice(0, LONG / 2);

  it.each(labelled.filter((i) => i.serious && i.category !== 'angry').map((i) => [i.language, i.category, i.message]))(
    'hears a serious %s message (%s) in the middle of a long one: %s',
    (_language, _category, message) => {
      const alone = triage({ subject: 'Question', message });
      const embedded = triage({ subject: 'Question', message: `${filler}\n${message}\n${filler}` });
      expect(embedded).toMatchObject({ escalate: true, reason: alone.reason, priority: alone.priority });
    },
  );
});
