import path from 'node:path';
import { indexText, triggered, triggersOf } from '../../activities/ai/pattern-triggers';
import { foldText } from '../../activities/ai/text-forms';
import { LANGUAGE_RULES } from '../../activities/ai/triage-rules';
import { DEV_DIR, loadLabelled } from './multilingual-eval';

describe('pattern triggers', () => {
  it('reads the literal word a pattern starts with', () => {
    expect(triggersOf(/\bbetrug\w*/.source)).toEqual([{ literal: 'betrug', atWordStart: true, wholeWord: false }]);
    expect(triggersOf(/\bfraud\b/.source)).toEqual([{ literal: 'fraud', atWordStart: true, wholeWord: true }]);
    expect(triggersOf(/kartenbetrug/.source)).toEqual([
      { literal: 'kartenbetrug', atWordStart: false, wholeWord: false },
    ]);
  });

  it('picks the longest word of a phrase and every branch of a group', () => {
    expect(triggersOf(/\bi mitt namn\b/.source)).toEqual([{ literal: 'mitt', atWordStart: true, wholeWord: true }]);
    expect(triggersOf(/\b(?:took|ordered) it\b/.source)?.map((t) => t.literal)).toEqual(['took', 'ordered']);
  });

  it('does not take a word as whole when the pattern lets it go on', () => {
    expect(triggersOf(/\b(?:cancel|close)\w* (?:\w+ )?now\b/.source)).toEqual([
      { literal: 'cancel', atWordStart: true, wholeWord: false },
      { literal: 'close', atWordStart: true, wholeWord: false },
    ]);
  });

  it('lets the last word go on where the pattern simply ends', () => {
    expect(triggersOf(/\bspielsucht/.source)).toEqual([{ literal: 'spielsucht', atWordStart: true, wholeWord: false }]);
  });

  it('prefers a rare word later in the pattern to common words at its start', () => {
    expect(triggersOf(/\b(?:i|we) (?:\w+ )?(?:never|not) authori[sz]ed\b/.source)).toEqual([
      { literal: 'authori', atWordStart: true, wholeWord: false },
    ]);
  });

  it('skips optional parts and gives up where it cannot tell', () => {
    expect(triggersOf(/\b(?:mir )?das leben\b/.source)).toEqual([
      { literal: 'leben', atWordStart: true, wholeWord: true },
    ]);
    expect(triggersOf(/\bd?sar\b/.source)).toEqual([{ literal: 'sar', atWordStart: false, wholeWord: false }]);
    expect(triggersOf(/\w+\s\d+/.source)).toBeNull();
  });

  it('never skips a rule pattern that matches, on every labelled message', () => {
    const texts = loadLabelled([path.join(__dirname, '../..', DEV_DIR)]).map((i) =>
      foldText(`${i.subject}\n${i.message}`),
    );
    const patterns = LANGUAGE_RULES.flatMap((r) => [
      ...Object.values(r.sensitive).flatMap((list) => (list ?? []).map((p) => (p instanceof RegExp ? p : p.match))),
      ...Object.values(r.anger),
      ...Object.values(r.topics),
    ]);
    const skipped: string[] = [];
    for (const text of texts) {
      const index = indexText(text);
      for (const pattern of patterns) {
        if (new RegExp(pattern.source).test(text) && !triggered(triggersOf(pattern.source), index)) {
          skipped.push(`${pattern.source.slice(0, 40)} on "${text.slice(0, 40)}"`);
        }
      }
    }
    expect(skipped).toEqual([]);
  });
});
