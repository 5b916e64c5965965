/**
 * `npm run train-triage`: trains the learned triage signal on the labelled sets (never the held-out
 * one), chooses its thresholds by cross-validation, prints what it measured per language and writes
 * activities/ai/triage-model.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadKnowledgeBase } from '../activities/ai/knowledge-base';
import type { LearnedModelFile } from '../activities/ai/learned-triage';
import { triage } from '../activities/ai/triage';
import { DEFAULT_TRAINING, TriageClassifier } from '../activities/ai/triage-classifier';
import {
  chooseThresholds,
  crossValidate,
  DEFAULT_CROSS_VALIDATION,
  figures,
  formatFigures,
} from '../test/ai/triage-cross-validation';
import { labelledText, loadTrainingSet, TRAINING_SOURCES } from '../test/ai/triage-training-set';

const MODEL_FILE = 'activities/ai/triage-model.json';

const root = process.cwd();
const started = Date.now();
const items = loadTrainingSet(root);
const texts = items.map(labelledText);
const aiLanguages = loadKnowledgeBase(path.join(root, 'kb')).languages();
const rules = items.map((item) => triage(item, { aiLanguages, learned: null }));
const training = {
  ...DEFAULT_TRAINING,
  ...(process.env.TRIAGE_TRAINING ? JSON.parse(process.env.TRIAGE_TRAINING) : {}),
};
const cv = { ...DEFAULT_CROSS_VALIDATION, training };

console.log(
  `${items.length} labelled messages from ${TRAINING_SOURCES.join(', ')}; the AI answers in ${aiLanguages.join(', ')}`,
);
const scored = crossValidate(items, texts, rules, cv);
const thresholds = chooseThresholds(scored, aiLanguages);
console.log(
  `\n${cv.folds}-fold cross-validation, ${cv.repeats} repeats, stratified by language and class; thresholds: ` +
    `serious ${thresholds.serious}, urgent ${thresholds.urgent}\n`,
);
console.log(formatFigures(figures(scored, thresholds, aiLanguages)));

const model = TriageClassifier.train(texts, training);
const file: LearnedModelFile = {
  classifier: model.toJSON(),
  thresholds,
  training: {},
};
fs.writeFileSync(path.join(root, MODEL_FILE), `${JSON.stringify(file, null, 2)}\n`);
console.log(
  `\nwrote ${MODEL_FILE} (${(fs.statSync(path.join(root, MODEL_FILE)).size / 1024).toFixed(0)} KiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
