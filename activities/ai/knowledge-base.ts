import fs from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { compoundParts, termsFor, type LanguageTerms } from './kb-terms';
import type { KbArticle } from './types';

export { stem } from './kb-terms';

const DEFAULT_LANGUAGE = 'en';

/** One term as the English index sees it (stop words dropped, stemmed), or null. */
export function processTerm(term: string): string | null {
  return simpleTerm(term, termsFor(DEFAULT_LANGUAGE));
}

function simpleTerm(term: string, terms: LanguageTerms): string | null {
  const t = term.toLowerCase();
  if (terms.stopWords.has(terms === termsFor(DEFAULT_LANGUAGE) ? t : foldLower(t))) return null;
  if (t.length < 2 && !/\d/.test(t)) return null;
  return terms.stem(t);
}

function foldLower(t: string): string {
  return t
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss');
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

// "don't" and "customer's" index as "don" and "customer", as the MiniSearch default tokenizer would.
function tokens(text: string): string[] {
  return Array.from(text.matchAll(TOKEN), (m) => m[0].replace(/['’].*$/, ''));
}

/** One language's articles with its own index: its stop words, stems and compound parts. */
class LanguageIndex {
  private readonly terms: LanguageTerms;
  private readonly known = new Set<string>();
  readonly search: MiniSearch<KbArticle>;

  constructor(language: string, articles: KbArticle[]) {
    this.terms = termsFor(language);
    if (this.terms.compounds) {
      for (const a of articles) {
        for (const t of tokens(`${a.title} ${a.tags.join(' ')} ${a.body}`)) {
          const term = simpleTerm(t, this.terms);
          if (term) this.known.add(term);
        }
      }
    }
    this.search = new MiniSearch<KbArticle>({
      fields: ['title', 'tags', 'body'],
      extractField: (doc, field) =>
        field === 'tags' ? doc.tags.join(' ') : (doc as unknown as Record<string, string>)[field],
      tokenize: tokens,
      processTerm: (t) => this.termsOfToken(t),
      searchOptions: {
        boost: { title: 3, tags: 2.5, body: 1 },
        prefix: (term) => term.length >= 4,
        // Typos in short words mostly land on other real words, so only longer terms go fuzzy.
        fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
        maxFuzzy: 2,
        weights: { fuzzy: 0.5, prefix: 0.4 },
        combineWith: 'OR',
      },
    });
    this.search.addAll(articles);
  }

  termsOfToken(token: string): string | string[] | null {
    const term = simpleTerm(token, this.terms);
    if (!term || !this.terms.compounds) return term;
    const parts = compoundParts(term, this.known);
    return parts.length > 0 ? [term, ...parts] : term;
  }

  termsOf(text: string): string[] {
    return tokens(text).flatMap((t) => {
      const terms = this.termsOfToken(t);
      return terms === null ? [] : terms;
    });
  }
}

export interface KbHit {
  article: KbArticle;
  score: number;
  /** query terms (after processing) that matched the article */
  matchedTerms: string[];
}

/** Help-centre articles in every language they are written in, one search index per language. */
export class KnowledgeBase {
  readonly articles: KbArticle[];
  private readonly byId: Map<string, KbArticle>;
  private readonly indexes = new Map<string, LanguageIndex>();

  constructor(articles: KbArticle[]) {
    this.articles = articles;
    this.byId = new Map(articles.map((a) => [a.id, a]));
    const byLanguage = new Map<string, KbArticle[]>();
    for (const a of articles) {
      const language = a.language ?? DEFAULT_LANGUAGE;
      byLanguage.set(language, [...(byLanguage.get(language) ?? []), a]);
    }
    for (const [language, list] of byLanguage) this.indexes.set(language, new LanguageIndex(language, list));
  }

  /** Languages with at least one article: the languages the offline resolver can answer in. */
  languages(): string[] {
    return [...this.indexes.keys()].sort();
  }

  get(id: string): KbArticle | undefined {
    return this.byId.get(id);
  }

  /** Articles of one language, best first; nothing for a language the help centre is not written in. */
  search(query: string, limit = 5, language = DEFAULT_LANGUAGE): KbHit[] {
    const index = this.indexes.get(language);
    if (!index) return [];
    return index.search
      .search(query)
      .slice(0, limit)
      .map((r) => ({ article: this.byId.get(r.id as string)!, score: r.score, matchedTerms: r.queryTerms }));
  }

  /** The terms of a text as the index of that language sees them, to compare text with articles. */
  termsOf(text: string, language = DEFAULT_LANGUAGE): string[] {
    return (this.indexes.get(language) ?? new LanguageIndex(language, [])).termsOf(text);
  }
}

/** The terms of an English text as the index sees them. */
export function termsOf(text: string): string[] {
  return tokens(text)
    .map(processTerm)
    .filter((t): t is string => t !== null);
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/;

export function parseArticle(source: string, file: string, defaultLanguage = DEFAULT_LANGUAGE): KbArticle {
  const m = FRONT_MATTER.exec(source);
  if (!m) throw new Error(`${file}: missing front matter`);
  const meta: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (kv) meta[kv[1]] = kv[2].trim();
  }
  for (const key of ['id', 'title', 'topic']) {
    if (!meta[key]) throw new Error(`${file}: front matter lacks ${key}`);
  }
  return {
    id: meta.id,
    title: meta.title,
    topic: meta.topic,
    language: meta.language || defaultLanguage,
    tags: (meta.tags ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    body: m[2].trim(),
  };
}

/** English articles at the top of `dir`, other languages in a folder named for their tag (kb/de, kb/sv). */
export function loadKnowledgeBase(dir: string): KnowledgeBase {
  const articles: KbArticle[] = [];
  const read = (folder: string, language: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(folder, entry.name);
      if (entry.isFile() && entry.name.endsWith('.md')) {
        articles.push(parseArticle(fs.readFileSync(file, 'utf8'), path.relative(dir, file), language));
      } else if (entry.isDirectory() && folder === dir) {
        read(file, entry.name);
      }
    }
  };
  read(dir, DEFAULT_LANGUAGE);
  return new KnowledgeBase(articles);
}
