/**
 * sources: one row per fact and the passage that supports (or disputes) it,
 * for cohorts, then claims, then context events, each in date order. The
 * value of a supported fact is the one `factValue` writes everywhere.
 */
import { citationSchema } from '../../../schemas/citation.ts';
import { recordCitations } from '../../data/provenance.ts';
import { routes } from '../../site/routes.ts';
import type { Column, Row, Table } from '../table.ts';
import { absolute, type OpenDataInput } from '../types.ts';
import { factValue } from '../values.ts';
import { doc, integer, text } from './columns.ts';
import { sortedClaims, sortedCohorts, sortedContext, table } from './rows.ts';
import { recordedSha256 } from '../../content/body-hash.ts';

function columns(input: OpenDataInput): Column[] {
  const group = `participants.${input.profile.staff_group}`;
  const c = citationSchema;
  return [
    text(
      'record_kind',
      {
        id: 'Jenis catatan: cohort (angkatan), claim (klaim) atau context (peristiwa konteks).',
        en: 'Kind of record: cohort, claim or context (context event).',
      },
      { required: true, values: ['cohort', 'claim', 'context'] },
    ),
    text(
      'record_id',
      {
        id: 'Id catatan (lihat cohorts, claims, context-events).',
        en: 'Id of the record (see cohorts, claims, context-events).',
      },
      { required: true },
    ),
    text(
      'field',
      {
        id: `Kolom fakta catatan, mis. period, ${group}.`,
        en: `Fact field of the record, e.g. period, ${group}.`,
      },
      { required: true },
    ),
    text(
      'value',
      {
        id: 'Nilai fakta: untuk supports, nilai tercatat (kunci, tanggal ISO, periode awal/akhir, angka atau unknown; daftar dipisah " | "); untuk differs, nilai lain menurut kutipan ini.',
        en: 'The value: for supports, the recorded value (key, ISO date, start/end period, number or unknown; lists joined by " | "); for differs, the other value this passage gives.',
      },
      { required: true },
    ),
    text(
      'relation',
      {
        id: 'supports: kutipan mendukung nilai tercatat; differs: kutipan menyebut nilai lain (perbedaan antarsumber).',
        en: 'supports: the passage supports the recorded value; differs: the passage gives another value (sources disagree).',
      },
      { required: true, values: ['supports', 'differs'] },
    ),
    integer(
      'citation',
      { id: 'Nomor sumber pada halaman catatan.', en: 'Number of the source on the record page.' },
      { required: true },
    ),
    text('article', doc(c, ['article']), { required: true }),
    text('quote', doc(c, ['quote']), { required: true }),
    text('note', doc(c, ['note'])),
    text(
      'passage_page',
      {
        id: 'Alamat kutipan yang disorot di halaman artikel kami.',
        en: 'Address of the highlighted passage on our article page.',
      },
      { format: 'uri', required: true },
    ),
    text(
      'article_url',
      {
        id: 'Alamat asli artikel; kosong bila tidak diketahui.',
        en: 'Original address of the article; empty when unknown.',
      },
      { format: 'uri' },
    ),
    text('article_sha256', {
      id: 'SHA-256 teks artikel tersimpan tempat kutipan ini diperiksa; kosong bila belum dicatat.',
      en: 'SHA-256 of the stored article text the quote was checked against; empty when not recorded.',
    }),
  ];
}

/** sources: one row per fact and the passage that supports (or disputes) it. */
export function sourcesTable(input: OpenDataInput): Table {
  const articleUrl = new Map(input.articles.map((a) => [a.id, a.data.url]));
  const articleHash = new Map(input.articles.map((a) => [a.id, recordedSha256(a.data)]));
  const records: (Parameters<typeof factValue>[0] & { id: string })[] = [
    ...sortedCohorts(input).map((x) => ({ kind: 'cohort' as const, id: x.id, data: x.data })),
    ...sortedClaims(input).map((x) => ({ kind: 'claim' as const, id: x.id, data: x.data })),
    ...sortedContext(input).map((x) => ({ kind: 'context' as const, id: x.id, data: x.data })),
  ];
  const rows = records.flatMap((r) =>
    recordCitations(r).list.flatMap((cite) =>
      cite.supports.map((field): Row => {
        const url = articleUrl.get(cite.article);
        return {
          record_kind: r.kind,
          record_id: r.id,
          field,
          value: cite.variant ? cite.variant.value : (factValue(r, field) ?? null),
          relation: cite.variant ? 'differs' : 'supports',
          citation: cite.n,
          article: cite.article,
          quote: cite.quote,
          note: cite.variant ? (cite.variant.note?.id ?? null) : (cite.note ?? null),
          passage_page: absolute(input, `${routes.source('id', cite.article)}#${cite.anchor}`),
          article_url: url === undefined || url === 'unknown' ? null : url,
          article_sha256: articleHash.get(cite.article) ?? null,
        };
      }),
    ),
  );
  return table(
    'sources',
    { id: 'Sumber setiap fakta', en: 'Source of every fact' },
    {
      id: 'Satu baris per fakta dan kutipan: catatan, kolom, nilai, artikel dan kutipan persisnya. Kutipan diperiksa oleh build: harus muncul tepat satu kali dalam teks artikel yang disimpan.',
      en: 'One row per fact and passage: record, field, value, article and the exact quote. The build checks every quote: it must occur exactly once in the stored article text.',
    },
    columns(input),
    ['record_kind', 'record_id', 'citation', 'field'],
    rows,
  );
}
