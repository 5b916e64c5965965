/** `npm run eval`: triage over every labelled multilingual set, one line of figures per language. */
import path from 'node:path';
import { loadKnowledgeBase } from '../../activities/ai/knowledge-base';
import { describeMiss, evalDirs, formatTable, judge, loadLabelled, tabulate } from './multilingual-eval';
import { triageSpeeds } from './triage-speed';

const root = process.cwd();
const dirs = evalDirs(root);
const items = loadLabelled(dirs);
const aiLanguages = loadKnowledgeBase(path.join(root, 'kb')).languages();
const outcomes = items.map((item) => judge(item, aiLanguages));
const rows = tabulate(outcomes, aiLanguages);

console.log(`labelled sets: ${dirs.map((d) => path.relative(root, d)).join(', ')}`);
console.log(`${items.length} messages; the AI may answer in: ${aiLanguages.join(', ')}\n`);
console.log(formatTable(rows));
const missed = outcomes.filter((o) => o.item.serious && !o.caught);
const routineToPerson = outcomes.filter(
  (o) => !o.item.serious && o.result.escalate && aiLanguages.includes(o.result.language ?? 'und'),
);
if (missed.length > 0)
  console.log(`\nserious messages not caught (${missed.length}):\n${missed.map(describeMiss).join('\n')}`);
if (routineToPerson.length > 0) {
  console.log(`\nroutine messages sent to a person in an AI language (${routineToPerson.length}):`);
  console.log(routineToPerson.map(describeMiss).join('\n'));
}

// a set written by someone else that no rule was ever tuned on: the honest figure for unseen messages
const heldOutDir = path.join(root, 'test/fixtures/triage-heldout');
const heldOut = loadLabelled([heldOutDir]).map((item) => judge(item, aiLanguages));
console.log(`\nheld-out set never tuned on (${path.relative(root, heldOutDir)}, ${heldOut.length} messages):\n`);
console.log(formatTable(tabulate(heldOut, aiLanguages)));

console.log('\ntriage time on a 20,000-character message (fastest of 9 runs):');
for (const { name, ms } of triageSpeeds()) console.log(`  ${name.padEnd(42)} ${ms.toFixed(2).padStart(7)} ms`);

const kb = loadKnowledgeBase(path.join(root, 'kb'));
const queries = [
  'My parcel never arrived but I am still being asked to pay for it',
  'how do i cancell an order i placed this morning',
  'I sent back only one of the three items, how will the partial refund change my instalments?',
];
const started = process.hrtime.bigint();
for (let i = 0; i < 50; i++) for (const q of queries) kb.search(q);
const perSearch = Number(process.hrtime.bigint() - started) / 1e6 / (50 * queries.length);
console.log(`\nknowledge-base search: ${perSearch.toFixed(2)} ms a query (mean of 150)`);
