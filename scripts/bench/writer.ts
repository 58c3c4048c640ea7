/**
 * The state of one corpus being generated, shared by the story generators:
 * the files written so far (text by path relative to content/), their
 * counts, the seeded random source, the weighted years and the sequence that
 * keeps ids unique. Stories write articles and records only through it, so
 * every file has the same YAML form.
 */
import { stringify } from 'yaml';
import { daysIn, pad, parts } from './calendar.ts';
import type { Random } from './random.ts';
import { fillerParagraph } from './text.ts';
import { OUTLETS, termOf, weights } from './vocabularies.ts';

export interface CorpusCounts {
  articles: number;
  cohorts: number;
  claims: number;
  context: number;
}

/** One cited passage of a record. */
export interface Citation {
  article: string;
  quote: string;
  supports: string[];
}

export interface ArticleSpec {
  id: string;
  published: string;
  title: string;
  outlet: string;
  kind: 'press-release' | 'news' | 'republication';
  /** Paragraphs holding quoted passages; the first is the lead. */
  key: string[];
  summary: { id: string; en: string };
  republishes?: { outlet: string; published: string; url: string };
  /** Reuse this body (republications). */
  body?: string;
}

const YAML_OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false } as const;

/** YAML text of a record or front matter, as every generated file writes it. */
export const yaml = (data: unknown): string => stringify(data, YAML_OPTIONS);

export class CorpusWriter {
  readonly files = new Map<string, string>();
  readonly counts: CorpusCounts = { articles: 0, cohorts: 0, claims: 0, context: 0 };
  /** The cohort records written, by id (their files are rewritten when a record changes). */
  readonly cohorts = new Map<string, Record<string, unknown>>();
  readonly random: Random;
  private seq = 0;
  private readonly years: [number, number][];

  constructor(random: Random, years: [number, number][]) {
    this.random = random;
    this.years = years;
  }

  /** A unique suffix for ids. */
  nextSeq(): string {
    this.seq += 1;
    return pad(this.seq, 5);
  }

  year(): number {
    return this.random.weighted(this.years);
  }

  /** A random day in a year, not later than `margin` days before the end of its month. */
  day(year: number, margin = 0): string {
    const m = this.random.int(1, 12);
    const d = this.random.int(1, Math.max(1, daysIn(year, m) - margin));
    return `${year}-${pad(m)}-${pad(d)}`;
  }

  /** An outlet that publishes its own stories (any but the republisher). */
  originalOutlet(): string {
    return this.random.weighted(weights(OUTLETS.filter((o) => o.key !== 'asncpns')));
  }

  urlOf(outlet: string, published: string, id: string): string {
    const site = termOf(OUTLETS, outlet).website ?? 'https://example.org/';
    const [y, m, d] = parts(published);
    return `${site}read/${y}/${pad(m)}/${pad(d)}/${id}`;
  }

  /** Write an article; returns its body (for republications). */
  article(spec: ArticleSpec): string {
    const r = this.random;
    let body = spec.body;
    if (body === undefined) {
      const paragraphs = [spec.key[0] ?? fillerParagraph(r)];
      const rest = spec.key.slice(1);
      const fillers = r.int(4, 8);
      for (let i = 0; i < fillers; i++) {
        paragraphs.push(fillerParagraph(r));
        if (rest.length > 0 && r.chance(0.5)) paragraphs.push(rest.shift() ?? '');
      }
      paragraphs.push(...rest, `(${r.pick(['hfz', 'red', 'kominfo', 'ant', 'hms'])})`);
      body = `${paragraphs.join('\n\n')}\n`;
    }
    const front: Record<string, unknown> = {
      title: spec.title,
      outlet: spec.outlet,
      published: spec.published,
      url: this.urlOf(spec.outlet, spec.published, spec.id),
      language: 'id',
      kind: spec.kind,
      ...(spec.republishes ? { republishes: spec.republishes } : {}),
      summary: spec.summary,
    };
    this.files.set(`articles/${spec.id}.md`, `---\n${yaml(front)}---\n\n${body}`);
    this.counts.articles += 1;
    return body;
  }

  record(dir: 'cohorts' | 'claims' | 'context', id: string, data: Record<string, unknown>): void {
    this.files.set(`${dir}/${id}.yaml`, yaml(data));
    if (dir === 'cohorts') this.cohorts.set(id, data);
    this.counts[dir] += 1;
  }

  /** Writes the file of cohort `id` again from its record. */
  rewriteCohort(id: string): void {
    const data = this.cohorts.get(id);
    if (data) this.files.set(`cohorts/${id}.yaml`, yaml(data));
  }
}
