/**
 * Checks of the `corrections` of a record: each names a fact field of the
 * record, says what the value was before (which must differ from what the
 * record holds now), and, when it cites a passage, quotes its article
 * exactly once. The date's form is checked by the schema (a full date).
 */
import type { Correction } from '../../../schemas/correction.ts';
import type { Entry, LoadedContent } from '../../content/load.ts';
import { isValidPartialDate } from '../../dates/partial-date.ts';
import { factValue, type RecordKind } from '../../opendata/values.ts';
import { countLabel, dateLabel, periodLabel, statusLabel } from '../../site/format.ts';
import { normalizeText } from '../../text/normalize.ts';
import { nearest } from '../../text/suggest.ts';
import type { Fact } from '../facts.ts';
import { notAFactField, problemAt, type Problem } from '../problem.ts';
import { articleNotFound, briefQuoteProblem, type QuotedArticle } from './citations.ts';

type FactRecord = Parameters<typeof factValue>[0];

/** The articles quotes are looked up in: plain text and file, by id. */
export type ArticleTexts = ReadonlyMap<string, QuotedArticle>;

const TERM_FIELDS: Record<string, 'programmes' | 'themes' | 'places'> = {
  programme: 'programmes',
  theme: 'themes',
  place: 'places',
  'scope.programme': 'programmes',
  'scope.place': 'places',
};

/** Ways the current value of a fact may be written: its raw value and its labels in both languages. */
export function currentValueForms(
  record: FactRecord,
  path: string,
  vocabularies: LoadedContent['vocabularies'],
): string[] {
  const raw = factValue(record, path);
  if (raw === undefined) return [];
  const forms = [raw];
  const vocab = TERM_FIELDS[path];
  if (vocab) {
    const label = vocabularies[vocab].get(raw)?.label;
    if (label) forms.push(label.id, label.en);
  } else if (path === 'status' && record.kind === 'cohort') {
    forms.push(statusLabel(record.data.status, 'id'), statusLabel(record.data.status, 'en'));
  } else if (path === 'period' && record.kind === 'cohort') {
    forms.push(periodLabel(record.data.period, 'id'), periodLabel(record.data.period, 'en'));
  } else if (/^\d+$/.test(raw) || raw === 'unknown') {
    const count = raw === 'unknown' ? 'unknown' : Number(raw);
    forms.push(countLabel(count, 'id'), countLabel(count, 'en'));
  } else if (isValidPartialDate(raw)) {
    forms.push(dateLabel(raw, 'id'), dateLabel(raw, 'en'));
  }
  return forms;
}

const same = (a: string, b: string): boolean =>
  normalizeText(a).toLocaleLowerCase('id') === normalizeText(b).toLocaleLowerCase('id');

/** Every problem in the corrections of one record. */
export function checkCorrections(
  entry: Entry<{ corrections?: Correction[] | undefined }>,
  record: FactRecord & { kind: RecordKind },
  facts: readonly Fact[],
  articles: ArticleTexts,
  vocabularies: LoadedContent['vocabularies'],
): Problem[] {
  const problems: Problem[] = [];
  (entry.data.corrections ?? []).forEach((c, i) => {
    const base = ['corrections', i];
    if (!facts.some((f) => f.path === c.field)) {
      problems.push(
        notAFactField(entry, [...base, 'field'], 'correction-unknown-field', c.field, facts),
      );
    } else if (
      currentValueForms(record, c.field, vocabularies).some((form) => same(form, c.previous))
    ) {
      problems.push(
        problemAt(
          entry,
          [...base, 'previous'],
          'correction-same-value',
          {
            id: `Nilai sebelumnya "${c.previous}" sama dengan nilai ${c.field} sekarang.`,
            en: `The previous value "${c.previous}" is the same as the current ${c.field}.`,
          },
          {
            id: `Tulis di previous nilai lama (sebelum koreksi), dan ubah ${c.field} ke nilai yang benar.`,
            en: `Write the old value (before the correction) in previous, and set ${c.field} to the corrected value.`,
          },
        ),
      );
    }
    if (!c.source) return;
    const article = articles.get(c.source.article);
    if (!article) {
      const near = nearest(c.source.article, articles.keys());
      problems.push(
        problemAt(
          entry,
          [...base, 'source', 'article'],
          'reference-unknown-article',
          articleNotFound(c.source.article),
          {
            id: `Tulis id artikel yang ada${near.length ? `, mis. ${near.join(', ')}` : ''}.`,
            en: `Use the id of an existing article${near.length ? `, e.g. ${near.join(', ')}` : ''}.`,
          },
        ),
      );
      return;
    }
    const placed = briefQuoteProblem(entry, [...base, 'source', 'quote'], c.source, article, false);
    if (placed) problems.push(placed);
  });
  return problems;
}
