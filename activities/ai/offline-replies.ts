/** The sentences around a quoted help article, in each language the help centre is written in. */
export interface ReplyTexts {
  noMatch: string;
  closing: string;
  quoting: (title: string) => string;
  related: (title: string) => string;
  thanks: (topicPhrase?: string) => string;
  topicPhrases: Record<string, string>;
  /** openers for articles about something having gone wrong, by article name (the id's last part) */
  apologies: Record<string, string>;
}

const en: ReplyTexts = {
  noMatch:
    "Thanks for your message. I couldn't find an answer to this in our help centre, so I've passed it to a member of our support team, who will reply to you here.",
  closing: "If this doesn't answer your question, just reply and a member of our support team will pick it up.",
  quoting: (title) => `Here is what our help article "${title}" says:`,
  related: (title) => `You may also find "${title}" useful.`,
  thanks: (phrase) => (phrase ? `Thanks for getting in touch about ${phrase}.` : 'Thanks for getting in touch.'),
  topicPhrases: {
    payments: 'your payments',
    refunds: 'your refund',
    orders: 'your order',
    delivery: 'your delivery',
    account: 'your account',
    app: 'the app',
    statements: 'your statements',
    fees: 'fees',
  },
  apologies: {
    'delivery-not-arrived':
      "I'm sorry your order hasn't arrived yet; waiting on a parcel that doesn't turn up is frustrating.",
    'damaged-or-wrong-item': "I'm sorry your order didn't arrive the way it should have.",
    'failed-payments': "I'm sorry your payment didn't go through. This is usually quick to put right.",
    'late-fees': 'I understand an unexpected fee is unwelcome, so here is exactly how late fees work.',
    'declined-purchase': "I'm sorry your purchase wasn't approved; I know that's disappointing at checkout.",
    'login-password-reset': "Sorry you're having trouble getting into your account.",
    'pending-charges': 'I can see why a charge appearing twice would be worrying.',
    'order-not-showing': "Sorry you can't see your order; it's usually one of a few simple things.",
    'app-notifications': 'Sorry the app is giving you trouble.',
  },
};

const de: ReplyTexts = {
  noMatch:
    'Vielen Dank für Ihre Nachricht. Ich habe in unserem Hilfe-Center keine Antwort darauf gefunden und sie deshalb an unser Support-Team weitergegeben, das Ihnen hier antworten wird.',
  closing:
    'Falls das Ihre Frage nicht beantwortet, antworten Sie einfach, und jemand aus unserem Support-Team kümmert sich darum.',
  quoting: (title) => `Das steht in unserem Hilfeartikel „${title}“:`,
  related: (title) => `Hilfreich ist vielleicht auch „${title}“.`,
  thanks: (phrase) => (phrase ? `Vielen Dank für Ihre Nachricht zu ${phrase}.` : 'Vielen Dank für Ihre Nachricht.'),
  topicPhrases: {
    payments: 'Ihren Zahlungen',
    refunds: 'Ihrer Rückerstattung',
    orders: 'Ihrer Bestellung',
    delivery: 'Ihrer Lieferung',
    account: 'Ihrem Konto',
    app: 'der App',
    statements: 'Ihren Kontoauszügen',
    fees: 'Gebühren',
  },
  apologies: {
    'delivery-not-arrived':
      'Es tut mir leid, dass Ihre Bestellung noch nicht angekommen ist; auf ein Paket zu warten, das nicht kommt, ist ärgerlich.',
    'failed-payments': 'Es tut mir leid, dass Ihre Zahlung nicht geklappt hat. Das lässt sich meist schnell beheben.',
    'late-fees':
      'Ich verstehe, dass eine unerwartete Gebühr ärgerlich ist, deshalb hier genau, wie Mahngebühren funktionieren.',
    'login-password-reset': 'Es tut mir leid, dass Sie Probleme haben, sich bei Ihrem Konto anzumelden.',
  },
};

const sv: ReplyTexts = {
  noMatch:
    'Tack för ditt meddelande. Jag hittade inget svar på det här i vårt hjälpcenter, så jag har skickat det vidare till vårt supportteam, som svarar dig här.',
  closing: 'Om det här inte besvarar din fråga, svara bara så tar någon i vårt supportteam hand om det.',
  quoting: (title) => `Så här står det i vår hjälpartikel ”${title}”:`,
  related: (title) => `Du kan också ha nytta av ”${title}”.`,
  thanks: (phrase) => (phrase ? `Tack för att du hör av dig om ${phrase}.` : 'Tack för att du hör av dig.'),
  topicPhrases: {
    payments: 'dina betalningar',
    refunds: 'din återbetalning',
    orders: 'din beställning',
    delivery: 'din leverans',
    account: 'ditt konto',
    app: 'appen',
    statements: 'dina kontoutdrag',
    fees: 'avgifter',
  },
  apologies: {
    'delivery-not-arrived':
      'Jag är ledsen att din beställning inte har kommit än; det är frustrerande att vänta på ett paket som inte dyker upp.',
    'failed-payments': 'Jag är ledsen att din betalning inte gick igenom. Det brukar gå snabbt att lösa.',
    'late-fees': 'Jag förstår att en oväntad avgift är tråkig, så här är exakt hur förseningsavgifter fungerar.',
    'login-password-reset': 'Jag är ledsen att du har problem att komma in på ditt konto.',
  },
};

export const REPLY_TEXTS: Readonly<Record<string, ReplyTexts>> = { en, de, sv };

export function replyTextsFor(language: string): ReplyTexts {
  return REPLY_TEXTS[language] ?? en;
}
