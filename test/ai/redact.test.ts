import { passesLuhn, redactSecrets } from '../../src/text/redact';

describe('redactSecrets', () => {
  it.each([
    ['4111 1111 1111 1111'],
    ['4111-1111-1111-1111'],
    ['4111111111111111'],
    ['3782 822463 10005'],
    ['5555 5555 5555 4444'],
  ])('replaces the card number %s', (card) => {
    expect(redactSecrets(`My card is ${card}, can you check it?`)).toBe('My card is [card], can you check it?');
  });

  it('finds a card number followed by other digits', () => {
    expect(redactSecrets('card 4111 1111 1111 1111 123')).toBe('card [card] 123');
  });

  it('leaves long numbers that fail the Luhn check, such as order numbers', () => {
    expect(redactSecrets('Order 1234567890123 has not arrived')).toBe('Order 1234567890123 has not arrived');
  });

  it('replaces the security code and expiry date', () => {
    expect(redactSecrets('CVV 123, expiry 09/27, and my CVC: 4567')).toBe(
      'CVV [cvv], expiry [expiry], and my CVC: [cvv]',
    );
  });

  it('replaces IBANs with or without spaces', () => {
    expect(redactSecrets('Refund to GB82 WEST 1234 5698 7654 32 please')).toBe('Refund to [iban] please');
    expect(redactSecrets('IBAN: DE89370400440532013000.')).toBe('IBAN: [iban].');
  });

  it('leaves IBAN-shaped text that fails the checksum', () => {
    expect(redactSecrets('Reference GB00 WEST 1234 5698 7654 32')).toBe('Reference GB00 WEST 1234 5698 7654 32');
  });

  it('replaces bank account numbers and sort codes given after a label', () => {
    expect(redactSecrets('sort code 12-34-56, account number 12345678')).toBe(
      'sort code [account-number], account number [account-number]',
    );
  });

  it('replaces US social security numbers', () => {
    expect(redactSecrets('My SSN is 123-45-6789')).toBe('My SSN is [ssn]');
    expect(redactSecrets('social security number: 123456789')).toBe('social security number: [ssn]');
  });

  it('replaces UK National Insurance numbers', () => {
    expect(redactSecrets('NI number AB 12 34 56 C')).toBe('NI number [ni-number]');
  });

  it.each([
    ['password: hunter2', 'password: [password]'],
    ['My password is Summer#2024', 'My password is [password]'],
    ['my password is fluffy.', 'my password is [password].'],
    ['PIN 4821', 'PIN [pin]'],
    ['the verification code is 884213', 'the verification code is [code]'],
  ])('replaces the credential in "%s"', (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it.each([
    ['My password is not working'],
    ['I need a password reset'],
    ['The verification code never arrived'],
    ['My PIN is locked'],
  ])('keeps "%s", which names a credential without giving one', (input) => {
    expect(redactSecrets(input)).toBe(input);
  });

  it('keeps email addresses by default and removes them when asked', () => {
    const text = 'Please write to jane.doe+shop@example.co.uk';
    expect(redactSecrets(text)).toBe(text);
    expect(redactSecrets(text, { emails: true })).toBe('Please write to [email]');
  });

  it('leaves ordinary messages, dates, amounts and phone numbers alone', () => {
    const text = 'I paid £45.99 on 2024-03-15 for order #A-10023, call me on +44 7700 900123';
    expect(redactSecrets(text)).toBe(text);
  });

  it('checks Luhn on digits only', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });
});
