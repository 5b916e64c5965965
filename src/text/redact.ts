/**
 * Removes secrets a customer pastes into a message before the text leaves for a model: card
 * numbers, card security codes and expiry dates, IBANs and bank account numbers, US SSNs, UK
 * National Insurance numbers, and passwords, PINs and one-time codes given after a label.
 *
 * Email addresses are kept by default: they are not secrets, agents use them to find the
 * customer, and the help-centre answers often need to say "we emailed you at ...". Callers that
 * send text to a third party and do not need them pass `{ emails: true }`.
 */
export interface RedactOptions {
  emails?: boolean;
}

// Runs of digit groups; the card number is found inside, so "4111 1111 1111 1111 123" still matches.
const DIGIT_RUN = /(?<![\w-])\d+(?:[ -]\d+)*(?!\w)/g;
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/gi;
const SSN = /\b(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}\b/g;
const SSN_LABELLED = /\b(ssn|social security(?: number| no\.?)?)([ \t]{0,3}(?:(?:is|:|#|=)[ \t]{0,3})?)\d{9}\b/gi;
const NI_NUMBER = /\b(?![DFIQUV])[A-CEGHJ-PR-TW-Z](?![DFIQUVO])[A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi;
const CARD_CODE =
  /\b(cvv2?|cvc2?|cvn|csc|cid|security code|card verification (?:value|code)|3[- ]digit code|three[- ]digit code)([ \t]{0,3}(?:(?:is|:|#|=|-)[ \t]{0,3})?)\d{3,4}\b/gi;
const EXPIRY =
  /\b(exp(?:iry|ires|iration)?(?: date)?|valid (?:thru|through|until))([ \t]{0,3}(?:(?:is|:|=|-)[ \t]{0,3})?)(?:0[1-9]|1[0-2]) ?[/-] ?(?:\d{2}|20\d{2})\b/gi;
const BANK_ACCOUNT =
  /\b((?:bank )?account (?:number|no\.?|#)|acc(?:t)? no\.?|a\/c(?: no\.?)?|routing (?:number|no\.?)|sort ?code)([ \t]{0,3}(?:(?:is|:|#|=|-)[ \t]{0,3})?)\d(?:[ -]?\d){5,16}\b/gi;
// A value given after a label; "my password is not working" must survive, hence the word list.
const CREDENTIAL =
  /\b(password|passwd|passcode|pwd|pin(?: code| number)?|one[- ]time (?:code|password|passcode)|otp|verification code|security code|login code|2fa code|security answer|memorable (?:word|answer))([ \t]{0,3}(?:is|was|:|=|-)[ \t]{0,3}|[ \t]{1,3})("[^"\n]{1,128}"|'[^'\n]{1,128}'|[^\s.,!?;)]{1,128}(?:[.,!?;)]{1,8}[^\s.,!?;)]{1,128}){0,4})(?=[.,!?;)]{0,8}(?:\s|$))/gi;
const NOT_A_CREDENTIAL =
  /^(?:not|no|wrong|incorrect|correct|invalid|expired|locked|rejected|blocked|still|too|being|been|the|my|a|an|and|or|but|to|for|from|of|on|in|is|was|it|that|this|reset|changed|change|working|accepted|recognised|recognized|required|needed|sent|never|did|does|doesn't|isn't|wasn't|won't|didn't|field|box|screen|page|link|email|again|anymore|now|please)[.,!?]*$/i;
const EMAIL = /(?<![A-Z0-9._%+-])[A-Z0-9._%+-]{1,64}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){0,8}\.[A-Z]{2,24}\b/gi;

/** Every pattern run over customer text: each must match in linear time (checked in the security tests). */
export const REDACTION_PATTERNS: Record<string, RegExp> = {
  DIGIT_RUN,
  IBAN_CANDIDATE,
  SSN,
  SSN_LABELLED,
  NI_NUMBER,
  CARD_CODE,
  EXPIRY,
  BANK_ACCOUNT,
  CREDENTIAL,
  NOT_A_CREDENTIAL,
  EMAIL,
};

export function redactSecrets(text: string, options: RedactOptions = {}): string {
  let out = text
    .replace(IBAN_CANDIDATE, redactIban)
    .replace(DIGIT_RUN, redactCardsInRun)
    .replace(CARD_CODE, (_m, label: string, sep: string) => `${label}${sep}[cvv]`)
    .replace(EXPIRY, (_m, label: string, sep: string) => `${label}${sep}[expiry]`)
    .replace(SSN_LABELLED, (_m, label: string, sep: string) => `${label}${sep}[ssn]`)
    .replace(SSN, '[ssn]')
    .replace(NI_NUMBER, '[ni-number]')
    .replace(BANK_ACCOUNT, (_m, label: string, sep: string) => `${label}${sep}[account-number]`)
    .replace(CREDENTIAL, (m, label: string, sep: string, value: string) =>
      looksLikeCredential(sep, value) ? `${label}${sep}[${credentialToken(label)}]` : m,
    );
  if (options.emails) out = out.replace(EMAIL, '[email]');
  return out;
}

function looksLikeCredential(separator: string, value: string): boolean {
  if (value.startsWith('[') || NOT_A_CREDENTIAL.test(value)) return false;
  // Without "is" or ":" the next word is usually prose ("password needs resetting"), unless it has digits or symbols.
  return separator.trim() !== '' || /[^A-Za-z]/.test(value);
}

function redactCardsInRun(run: string): string {
  const groups = run.split(/([ -])/);
  const out: string[] = [];
  let i = 0;
  while (i < groups.length) {
    const end = cardEndingAt(groups, i);
    if (end === null) {
      out.push(groups[i]);
      i += 1;
    } else {
      out.push('[card]');
      i = end + 1;
    }
  }
  return out.join('');
}

/** Index of the last group of the longest Luhn-valid card number starting at group `start`, if any. */
function cardEndingAt(groups: string[], start: number): number | null {
  if (start % 2 === 1) return null;
  let digits = '';
  let found: number | null = null;
  for (let j = start; j < groups.length && digits.length < 19; j += 2) {
    digits += groups[j];
    if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) found = j;
  }
  return found;
}

function redactIban(candidate: string): string {
  for (let end = candidate.length; end >= 15; end--) {
    const prefix = candidate.slice(0, end);
    if (/[A-Z0-9]$/i.test(prefix) && (end === candidate.length || /[ ]/.test(candidate[end])) && isValidIban(prefix)) {
      return `[iban]${candidate.slice(end)}`;
    }
  }
  return candidate;
}

function credentialToken(label: string): string {
  const l = label.toLowerCase();
  if (l.startsWith('pin')) return 'pin';
  if (/pass|pwd/.test(l) && !/one|time/.test(l)) return 'password';
  if (/answer|memorable/.test(l)) return 'secret';
  return 'code';
}

export function passesLuhn(digits: string): boolean {
  if (!/^\d{13,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function isValidIban(candidate: string): boolean {
  const iban = candidate.replace(/ /g, '').toUpperCase();
  if (iban.length < 15 || iban.length > 34) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
