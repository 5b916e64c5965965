import { DEFAULT_FEATURE_SPACE, featuresOf, type FeatureSpace, type SparseVector } from './triage-features';
import { SENSITIVE_FLAGS } from './triage-rules/types';

/**
 * What the learned signal tells apart: routine work, the serious flags of the rules, and anger.
 * Multinomial logistic regression over hashed features (triage-features.ts), trained by stochastic
 * gradient descent in a seeded order, so the same messages always give the same model.
 */
export const CLASSES = ['routine', ...SENSITIVE_FLAGS, 'angry'] as const;
export type TriageClass = (typeof CLASSES)[number];

export interface LabelledText {
  /** folded text (text-forms.ts foldText) */
  text: string;
  label: TriageClass;
}

export interface TrainingOptions {
  space: FeatureSpace;
  epochs: number;
  learningRate: number;
  /** L2 penalty per example */
  l2: number;
  /** the shuffling seed */
  seed: number;
  /** buckets kept, those with the largest weights; the rest are dropped to keep the model file small */
  keep: number;
  /** balanced: every class weighs the same in total; binary: routine weighs as much as all serious classes; none */
  classWeights: 'balanced' | 'binary' | 'none';
  /** the model is the mean of the weights after each of the last this many epochs */
  averaged: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  space: DEFAULT_FEATURE_SPACE,
  epochs: 30,
  learningRate: 0.5,
  l2: 1e-5,
  seed: 1,
  keep: 40_000,
  classWeights: 'balanced',
  averaged: 0,
};

/** Weights are stored as signed bytes times one scale; finer steps would not change a decision. */
const QUANT_STEPS = 127;

export interface SerialisedClassifier {
  format: 'casework-triage-classifier/1';
  classes: string[];
  space: FeatureSpace;
  /** log-odds per class before any feature */
  bias: number[];
  /** weight = byte * scale */
  scale: number;
  /** kept buckets, ascending, as base64 of LEB128 gaps */
  buckets: string;
  /** one signed byte per kept bucket and class, bucket-major, base64 */
  weights: string;
}

export class TriageClassifier {
  private readonly rowOf: Int32Array;
  private readonly scores: Float64Array;

  private constructor(
    readonly space: FeatureSpace,
    private readonly bias: Float64Array,
    private readonly scale: number,
    private readonly buckets: Int32Array,
    private readonly bytes: Int8Array,
  ) {
    this.rowOf = new Int32Array(1 << space.bits);
    buckets.forEach((bucket, row) => (this.rowOf[bucket] = row + 1));
    this.scores = new Float64Array(CLASSES.length);
  }

  /** Class probabilities, in the order of CLASSES, for folded text or its part from `from` to `to`. */
  predict(text: string, from = 0, to = text.length): Float64Array {
    return this.predictVector(featuresOf(text, this.space, from, to));
  }

  predictVector(x: SparseVector): Float64Array {
    const n = CLASSES.length;
    const z = this.scores;
    z.fill(0);
    for (let i = 0; i < x.indices.length; i++) {
      const row = this.rowOf[x.indices[i]];
      if (row === 0) continue;
      const v = x.values[i];
      const at = (row - 1) * n;
      for (let c = 0; c < n; c++) z[c] += v * this.bytes[at + c];
    }
    for (let c = 0; c < n; c++) z[c] = z[c] * this.scale + this.bias[c];
    return Float64Array.from(softmax(z));
  }

  toJSON(): SerialisedClassifier {
    return {
      format: 'casework-triage-classifier/1',
      classes: [...CLASSES],
      space: { ...this.space },
      bias: [...this.bias].map((b) => Number(b.toFixed(6))),
      scale: this.scale,
      buckets: Buffer.from(encodeGaps(this.buckets)).toString('base64'),
      weights: Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).toString('base64'),
    };
  }

  static fromJSON(json: SerialisedClassifier): TriageClassifier {
    if (json.format !== 'casework-triage-classifier/1') throw new Error(`unknown model format ${String(json.format)}`);
    if (json.classes.join() !== CLASSES.join()) throw new Error(`model classes ${json.classes.join()} differ`);
    const buckets = decodeGaps(Buffer.from(json.buckets, 'base64'));
    const raw = Buffer.from(json.weights, 'base64');
    const bytes = new Int8Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
    if (bytes.length !== buckets.length * CLASSES.length) throw new Error('model weights and buckets differ in size');
    if (buckets.some((b) => b < 0 || b >= 1 << json.space.bits)) throw new Error('model bucket out of range');
    return new TriageClassifier(json.space, Float64Array.from(json.bias), json.scale, buckets, bytes);
  }

  /** Trains on folded texts; the same examples in the same order and options give the same model. */
  static train(examples: readonly LabelledText[], options: Partial<TrainingOptions> = {}): TriageClassifier {
    const opts = { ...DEFAULT_TRAINING, ...options };
    const n = CLASSES.length;
    const vectors = examples.map((e) => featuresOf(e.text, opts.space));
    const labels = examples.map((e) => CLASSES.indexOf(e.label));
    if (labels.some((l) => l < 0)) throw new Error('unknown label');
    const classWeight = weightsOf(labels, n, opts.classWeights);

    // w = scale * v: the L2 shrinkage of every weight is one multiplication of scale.
    const v = new Float64Array((1 << opts.space.bits) * n);
    const bias = new Float64Array(n);
    let scale = 1;
    const z = new Float64Array(n);
    const random = mulberry32(opts.seed);
    const order = examples.map((_, i) => i);
    let step = 0;
    const average = new Float64Array(opts.averaged > 0 ? v.length : 0);
    const averageBias = new Float64Array(n);
    let averagedEpochs = 0;
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      shuffle(order, random);
      for (const d of order) {
        const x = vectors[d];
        const eta = opts.learningRate / (1 + opts.learningRate * opts.l2 * step++);
        for (let c = 0; c < n; c++) z[c] = 0;
        for (let i = 0; i < x.indices.length; i++) {
          const at = x.indices[i] * n;
          for (let c = 0; c < n; c++) z[c] += x.values[i] * v[at + c];
        }
        for (let c = 0; c < n; c++) z[c] = z[c] * scale + bias[c];
        const p = softmax(z);
        const weight = classWeight[labels[d]];
        scale *= 1 - eta * opts.l2;
        for (let c = 0; c < n; c++) {
          const g = eta * weight * (p[c] - (c === labels[d] ? 1 : 0));
          bias[c] -= g;
          const gs = g / scale;
          for (let i = 0; i < x.indices.length; i++) v[x.indices[i] * n + c] -= gs * x.values[i];
        }
        if (scale < 1e-6) {
          for (let i = 0; i < v.length; i++) v[i] *= scale;
          scale = 1;
        }
      }
      if (epoch >= opts.epochs - opts.averaged) {
        averagedEpochs += 1;
        for (let i = 0; i < v.length; i++) average[i] += v[i] * scale;
        for (let c = 0; c < n; c++) averageBias[c] += bias[c];
      }
    }
    if (averagedEpochs > 0) {
      for (let i = 0; i < v.length; i++) v[i] = average[i] / averagedEpochs;
      for (let c = 0; c < n; c++) bias[c] = averageBias[c] / averagedEpochs;
      scale = 1;
    }
    const { step: weightStep, buckets, bytes } = compact(v, scale, opts);
    return new TriageClassifier(opts.space, bias, weightStep, buckets, bytes);
  }
}

/** The `keep` buckets with the largest weights, quantised. */
function compact(v: Float64Array, scale: number, opts: TrainingOptions) {
  const n = CLASSES.length;
  const size = 1 << opts.space.bits;
  const importance = new Float64Array(size);
  let maxAbs = 0;
  for (let b = 0; b < size; b++) {
    let m = 0;
    for (let c = 0; c < n; c++) m = Math.max(m, Math.abs(v[b * n + c] * scale));
    importance[b] = m;
    maxAbs = Math.max(maxAbs, m);
  }
  const step = maxAbs / QUANT_STEPS || 1;
  const candidates: number[] = [];
  for (let b = 0; b < size; b++) if (importance[b] >= step / 2) candidates.push(b);
  candidates.sort((a, b) => importance[b] - importance[a] || a - b);
  const buckets = Int32Array.from(candidates.slice(0, opts.keep)).sort();
  const bytes = new Int8Array(buckets.length * n);
  buckets.forEach((bucket, row) => {
    for (let c = 0; c < n; c++) bytes[row * n + c] = Math.round((v[bucket * n + c] * scale) / step);
  });
  return { step, buckets, bytes };
}

function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < z.length; c++) max = Math.max(max, z[c]);
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    z[c] = Math.exp(z[c] - max);
    sum += z[c];
  }
  for (let c = 0; c < z.length; c++) z[c] /= sum;
  return z;
}

function weightsOf(labels: number[], n: number, kind: TrainingOptions['classWeights']): Float64Array {
  const counts = new Float64Array(n);
  for (const l of labels) counts[l] += 1;
  if (kind === 'none') return counts.map(() => 1);
  if (kind === 'binary') {
    const routine = counts[0];
    const serious = labels.length - routine;
    return counts.map((_, c) => (c === 0 ? labels.length / (2 * routine) : labels.length / (2 * serious)));
  }
  const present = counts.filter((c) => c > 0).length;
  return counts.map((c) => (c > 0 ? labels.length / (present * c) : 0));
}

/** A small seeded generator: Math.random would make every training run different. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function encodeGaps(sorted: Int32Array): Uint8Array {
  const out: number[] = [];
  let previous = 0;
  for (const value of sorted) {
    let gap = value - previous;
    previous = value;
    while (gap >= 0x80) {
      out.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    out.push(gap);
  }
  return Uint8Array.from(out);
}

function decodeGaps(bytes: Uint8Array): Int32Array {
  const out: number[] = [];
  let value = 0;
  let gap = 0;
  let shift = 0;
  for (const byte of bytes) {
    gap |= (byte & 0x7f) << shift;
    shift += 7;
    if (byte & 0x80) continue;
    value += gap;
    out.push(value);
    gap = 0;
    shift = 0;
  }
  return Int32Array.from(out);
}
