import { triage } from '../../activities/ai/triage';
it('prof', () => {
  const base = 'Hello, I ordered a jacket last week and the parcel has not arrived yet, can you tell me where it is? My payment was taken on Monday. ';
  const long = base.repeat(Math.ceil(20000 / base.length)).slice(0, 20000);
  const de = 'Guten Tag, ich habe letzte Woche eine Jacke bestellt und das Paket ist noch nicht angekommen. Können Sie mir sagen, wo es ist? ';
  const longDe = de.repeat(Math.ceil(20000 / de.length)).slice(0, 20000);
  const time = (name: string, f: () => unknown) => { for (let i = 0; i < 10; i++) f(); const xs: number[] = []; for (let i = 0; i < 30; i++) { const t = process.hrtime.bigint(); f(); xs.push(Number(process.hrtime.bigint() - t) / 1e6); } xs.sort((a, b) => a - b); console.log(name, 'median', xs[15].toFixed(2), 'p90', xs[27].toFixed(2)); };
  time('triage en', () => triage({ subject: 'x', message: long }));
  time('triage de', () => triage({ subject: 'x', message: longDe }));
  time('triage en serious end', () => triage({ subject: 'x', message: long + ' My card was stolen.' }));
});
