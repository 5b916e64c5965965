import { triage } from '../../activities/ai/triage';
const AI = ['en', 'de', 'sv'];
const probes: Array<[string, string]> = [
  ['Gift', 'Ich möchte einen Gutschein als Gift für meine Schwester kaufen, geht das?'],
  ['Namnbyte', 'Jag har precis blivit gift och vill byta efternamn på mitt konto.'],
  ['Gift card', 'Can I use a gift card to pay my instalment?'],
  ['Dog', 'My dog chewed the parcel, can I still return the item?'],
  ['Angaende', 'Det gäller min beställning från förra veckan, när kommer den?'],
  ['Per ongeluk', 'Ik heb per ongeluk twee keer betaald, kan ik geld terugkrijgen?'],
  ['Dank', 'Danke, super Service! Wann ist meine nächste Rate fällig?'],
  ['Paket', 'Hallo, mein Paket ist leider noch nicht angekommen. Können Sie nachsehen?'],
  ['Frage', 'Ich habe eine Frage zu meiner Rechnung'],
  ['Fråga', 'Hej! Jag har en fråga om min faktura'],
  ['Hi', 'Hi'],
  ['', 'Olá, gostaria de saber quando vence o meu próximo pagamento, obrigado'],
  ['', 'Здравствуйте, когда следующий платеж?'],
  ['', '???'],
  ['Frage', 'Kann ich mit PayPal zahlen?'],
  ['Lieferung', 'Die Lieferung war schnell, danke! Kann ich die Rechnung herunterladen?'],
  ['Rate', 'Ich kann die Rate nicht bezahlen, die App zeigt immer einen Fehler an.'],
  ['Kort', 'Kan jag betala med ett annat kort? Mitt Visa-kort har gått ut.'],
  ['Sjukt', 'Sjukt smidig app! Hur ändrar jag min adress?'],
  ['Krankenkasse', 'Kann ich meine Bestellung stornieren?'],
  ['Oh great', "Oh great, another 'payment failed' email. Fantastic service, really. I want my money back NOW."],
  ['Refund', 'I want my money back for the returned shoes, when will it arrive?'],
  ['Twitter', 'I saw your ad on Instagram, how does pay in 4 work?'],
  ['Review', 'I will leave a 5 star review, great service!'],
  ['Hej', 'Hej, jeg har et spørgsmål om min ordre'],
  ['Mixed', 'Hej! My payment failed, jeg forstår ikke hvorfor. Can you help?'],
  ['Ex', 'Fraude! Alguien ha usado mi tarjeta'],
  ['Finnish', 'Kiitos, hyvä palvelu. Milloin seuraava maksu erääntyy?'],
  ['Norsk svensk', 'Hei, jeg lurer på når neste betaling trekkes?'],
];
it('probe', () => {
  for (const [subject, message] of probes) {
    const r = triage({ subject, message }, { aiLanguages: AI });
    console.log(`${r.escalate ? (r.reason + '/' + r.priority).padEnd(26) : 'ok'.padEnd(26)} ${r.language} [${r.flags.join(',')}] ${r.skills.join(',')} :: ${message.slice(0, 60)}`);
  }
});
