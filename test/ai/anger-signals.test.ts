import { triage } from '../../activities/ai/triage';
import { scareQuoted, umlauts } from '../../activities/ai/triage-rules/pattern-helpers';

const AI_LANGUAGES = ['en', 'de', 'sv'];

function triageIn(message: string, subject = '') {
  return triage({ subject, message }, { aiLanguages: AI_LANGUAGES });
}

describe('anger signals that count', () => {
  it('takes two cues of one kind as enough on their own', () => {
    const result = triageIn('As per my last email, and the one before: this is my fourth email about it.');
    expect(result).toMatchObject({ escalate: true, reason: 'negative_sentiment' });
    expect(result.flags).toContain('repeated_contact');
  });

  it('counts a phrase two languages both know once', () => {
    const result = triageIn('Bravo! When does my next instalment come out?');
    expect(result).toMatchObject({ escalate: false, flags: ['sarcasm'] });
  });

  it('hears praise around a grievance in two sentences as sarcasm, not praise in one', () => {
    expect(triageIn('Brilliant service. Paid on time and still charged a late fee. Really impressive.').escalate).toBe(
      true,
    );
    expect(triageIn('Great app and brilliant service, but my payment failed, what should I do?').escalate).toBe(false);
  });

  it('pairs English praise with a fee named in another language', () => {
    expect(
      triageIn('Wow, great service guys. Rykkergebyr på en regning jeg betalte til tiden. Tak for ingenting.'),
    ).toMatchObject({
      escalate: true,
    });
  });

  it('weighs an insult said to the company’s face like a swear word', () => {
    expect(triageIn('Ihr seid echt das Letzte.')).toMatchObject({ escalate: true, reason: 'negative_sentiment' });
    expect(triageIn('The tracking page is the worst part, can you tell me where my parcel is?').escalate).toBe(false);
  });

  it('hears an emphatic echo and a word in capitals as mild signals that add up', () => {
    const result = triageIn('Three weeks. THREE WEEKS. Still no refund.');
    expect(result.flags).toEqual(expect.arrayContaining(['echo', 'capitalised_word', 'angry']));
  });

  it('hears loyalty held up against the treatment, with a threat to leave', () => {
    expect(triageIn("I've been a customer for six years. Six. And this is how I get treated.")).toMatchObject({
      escalate: true,
    });
    expect(triageIn("I've been a customer for years, can I get a higher spending limit?").escalate).toBe(false);
  });
});

describe('pattern helpers', () => {
  it('spells a German pattern with umlauts for both ways of typing them', () => {
    const pattern = umlauts(String.raw`\bgeldbörse\b|\bschließe\b`);
    expect(['geldborse', 'geldboerse', 'schliesse'].map((w) => pattern.test(w))).toEqual([true, true, true]);
  });

  it('finds a company word in scare quotes of any language, with its ending', () => {
    const pattern = new RegExp(scareQuoted('help|asiakaspalvelu'));
    expect(pattern.test("your 'help' centre")).toBe(true);
    expect(pattern.test('teidän „asiakaspalvelua“ ei kiinnosta')).toBe(true);
    expect(pattern.test("the customer's help page")).toBe(false);
  });
});
