import { triage } from '../../activities/ai/triage';

function triageMessage(message: string, subject = 'Help') {
  return triage({ subject, message });
}

describe('triage: serious cases go straight to a human', () => {
  it.each([
    ['There is a charge on my account I do not recognise'],
    ['Someone used my card without my permission'],
    ['My card was stolen yesterday, please block it'],
    ['I lost my debit card on the train'],
    ['I think my account was hacked, my email address was changed'],
    ['I got a text that looks like a scam, it asked for my login code'],
    ['fradulent transaction on my acount'],
    ['There is an unauthorized payment of £80'],
    ['Unauthorised purchase from a shop I have never heard of'],
    ['Someone stole my identity and opened an account in my name'],
  ])('fraud: %s', (message) => {
    expect(triageMessage(message)).toMatchObject({
      escalate: true,
      reason: 'sensitive_topic',
      priority: 'urgent',
      skills: ['fraud'],
      topic: 'fraud',
    });
  });

  it.each([
    ["I lost my job and can't afford this month's instalment"],
    ['I cannot pay this month'],
    ["I'm struggling to pay my instalments"],
    ['My husband passed away last week and his account still has payments'],
    ["I'm in hospital having cancer treatment and won't be able to make payments"],
    ['I have been made redundant'],
    ["I'm in a lot of debt and don't know what to do"],
    ['My mental health has been really bad and I have been overspending'],
  ])('hardship: %s', (message) => {
    expect(triageMessage(message)).toMatchObject({
      escalate: true,
      reason: 'sensitive_topic',
      priority: 'high',
      skills: ['hardship'],
      topic: 'hardship',
    });
  });

  it('treats talk of self-harm as urgent hardship', () => {
    expect(triageMessage("I can't cope any more, I want to end it all")).toMatchObject({
      escalate: true,
      reason: 'sensitive_topic',
      priority: 'urgent',
      skills: ['hardship'],
    });
  });

  it.each([
    ['I want to make a formal complaint about how I was treated'],
    ['I will take you to court if you do not refund me'],
    ['My solicitor will be in touch'],
    ["I'm reporting you to the FCA"],
    ['I have contacted the Financial Ombudsman about this'],
    ['I filed a report with the CFPB'],
  ])('complaint, legal or regulator: %s', (message) => {
    expect(triageMessage(message)).toMatchObject({
      escalate: true,
      reason: 'sensitive_topic',
      priority: 'high',
      skills: ['complaints'],
      topic: 'complaint',
    });
  });

  it.each([
    ["I'd like a copy of all the personal data you hold on me"],
    ['This is a data subject access request'],
    ['Under GDPR I want you to delete my data'],
    ['Please erase all my personal information'],
  ])('data protection: %s', (message) => {
    expect(triageMessage(message)).toMatchObject({
      escalate: true,
      reason: 'sensitive_topic',
      priority: 'high',
      skills: ['privacy'],
      topic: 'privacy',
    });
  });

  it('routes fraud ahead of a complaint in the same message', () => {
    const result = triageMessage('I want to complain: there is a fraudulent charge on my account');
    expect(result).toMatchObject({ priority: 'urgent', skills: ['fraud'], topic: 'fraud' });
    expect(result.flags).toEqual(expect.arrayContaining(['fraud', 'complaint']));
  });

  it('routes a threat of legal action over a disputed balance to complaints, not hardship', () => {
    expect(triageMessage('If you do not remove this debt I will take legal action')).toMatchObject({
      skills: ['complaints'],
      topic: 'complaint',
    });
  });

  it('routes details shared without consent to privacy, not fraud', () => {
    expect(triageMessage('You shared my details with a third party without my consent')).toMatchObject({
      skills: ['privacy'],
      priority: 'high',
    });
  });

  it('reads the subject line too', () => {
    expect(triage({ subject: 'Stolen card', message: 'What should I do?' })).toMatchObject({
      escalate: true,
      skills: ['fraud'],
    });
  });
});

describe('triage: angry customers go to the escalations team', () => {
  it.each([
    ['This is a fucking joke, where is my money'],
    ['You are a bunch of incompetent thieves'],
    ['WHERE IS MY REFUND!!!'],
    ["I'm sick of waiting for my refund!!!"],
    ['The worst service ever, you are useless and I am disgusted'],
  ])('%s', (message) => {
    expect(triageMessage(message)).toMatchObject({
      escalate: true,
      reason: 'negative_sentiment',
      priority: 'high',
      skills: ['escalations'],
    });
  });

  it('keeps the content topic for an angry refund message', () => {
    expect(triageMessage('Absolutely disgusting, I returned it a month ago and still NO REFUND!!!').topic).toBe(
      'refunds',
    );
  });

  it('reports a negative comparative sentiment score', () => {
    expect(triageMessage('I am very disappointed and angry, this is unacceptable').sentiment).toBeLessThan(0);
  });
});

describe('triage: routine questions are left to the AI', () => {
  it.each([
    ['How do I report a lost parcel?', 'delivery'],
    ["I can't log in to the app", 'account'],
    ['No complaints, just a question about when my next payment is due', 'payments'],
    ["I'm not complaining, but my delivery is late", 'delivery'],
    ['This is not a complaint, I just want to know where my parcel is', 'delivery'],
    ['I returned the item two weeks ago but have not received a refund yet', 'refunds'],
    ['My payment failed and I was charged a late fee, is there an error in the app?', 'payments'],
    ["I can't pay with Apple Pay, it keeps failing", 'payments'],
    ['My phone died, how do I reset my password?', 'account'],
    ['Hi, this is Sue, when is my payment due?', 'payments'],
    ['Please close my account', 'account'],
    ["I didn't order this colour, I got the wrong item", 'orders'],
    ['My parcel was stolen from my doorstep, can I get a refund?', 'refunds'],
    ['Can I pay off my balance early?', 'payments'],
    ['Is the payment terminal at the store compatible with Pay in 4?', 'payments'],
    ['Hello, I have a question', 'general'],
  ])('%s', (message, topic) => {
    expect(triageMessage(message, 'Question')).toEqual({
      escalate: false,
      reason: null,
      priority: 'normal',
      topic,
      skills: [topic],
      sentiment: expect.any(Number),
      flags: expect.any(Array),
      language: 'en',
    });
  });

  it('does not treat an all-caps acronym as shouting', () => {
    expect(triageMessage('Does Pay in 4 report to the credit reference agencies like EXPERIAN?').escalate).toBe(false);
  });

  it('records a mild signal in flags without escalating', () => {
    const result = triageMessage('WHERE IS MY REFUND');
    expect(result.escalate).toBe(false);
    expect(result.flags).toContain('shouting');
  });
});
