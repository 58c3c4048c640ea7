/**
 * articles: one row per source article, oldest first (an unknown date at its
 * `published_after` bound, or first when nothing bounds it): its metadata,
 * never its text (which belongs to the publisher).
 */
import { articleSchema } from '../../../schemas/article.ts';
import { routes } from '../../site/routes.ts';
import type { Column, Row, Table } from '../table.ts';
import type { OpenDataInput } from '../types.ts';
import {
  bilingualColumns,
  date,
  doc,
  docList,
  idColumn,
  list,
  pageColumns,
  text,
} from './columns.ts';
import { comparePublications, isDated } from '../../dates/publication.ts';
import { bilingualCells, compareKeys, pageCells, table } from './rows.ts';
import { recordedSha256 } from '../../content/body-hash.ts';

function columns(): Column[] {
  const s = articleSchema;
  return [
    idColumn('articles', '.md'),
    text('title', doc(s, ['title']), { required: true }),
    text('title_basis', doc(s, ['title_basis']), {
      required: true,
      values: ['headline', 'address', 'editorial'],
    }),
    text('outlet', doc(s, ['outlet']), { required: true }),
    text('outlet_note', doc(s, ['outlet_note'])),
    date('published', {
      id: 'Tanggal terbit sejauh diketahui (2023, 2023-03 atau 2023-03-23); kosong bila tidak diketahui (lihat published_after dan published_before).',
      en: 'Publication date as far as known (2023, 2023-03 or 2023-03-23); empty when not known (see published_after and published_before).',
    }),
    date('published_after', doc(s, ['published_after'])),
    date('published_before', doc(s, ['published_before'])),
    text('published_time', doc(s, ['published_time'])),
    text('published_note', doc(s, ['published_note'])),
    text(
      'url',
      {
        id: 'Alamat web asli; kosong bila tidak diketahui.',
        en: 'Original web address; empty when unknown.',
      },
      { format: 'uri' },
    ),
    list('also_at', docList(s, ['also_at'])),
    text('language', doc(s, ['language']), { required: true, values: ['id', 'en'] }),
    text('kind', doc(s, ['kind']), {
      required: true,
      values: ['press-release', 'news', 'republication'],
    }),
    text('republishes_outlet', {
      id: 'Media artikel asal yang ditulis ulang.',
      en: 'Outlet of the article this one republishes.',
    }),
    date('republishes_published', {
      id: 'Tanggal terbit artikel asal.',
      en: 'Publication date of the republished article.',
    }),
    text(
      'republishes_url',
      { id: 'Alamat artikel asal.', en: 'Address of the republished article.' },
      { format: 'uri' },
    ),
    text('credit', doc(s, ['credit'])),
    text('reporter', doc(s, ['reporter'])),
    text('editor', doc(s, ['editor'])),
    text('capture', doc(s, ['capture']), { required: true, values: ['complete', 'partial'] }),
    date('captured', {
      id: 'Tanggal salinan kami diambil; kosong bila tidak diketahui.',
      en: 'Day our copy was taken; empty when unknown.',
    }),
    text('sha256', {
      id: 'SHA-256 teks tersimpan saat ini (UTF-8, akhir baris LF, tanpa spasi di awal dan akhir); kosong bila belum dicatat.',
      en: 'SHA-256 of the stored text now (UTF-8, LF line endings, no leading or trailing whitespace); empty when not recorded.',
    }),
    text('archive_url', doc(s, ['archive_url']), { format: 'uri' }),
    ...bilingualColumns('summary', { id: 'Ringkasan kami', en: 'Our summary' }, { required: true }),
    ...pageColumns({ id: 'artikel', en: 'article' }),
  ];
}

/** articles: one row per source article (metadata, not the text). */
export function articlesTable(input: OpenDataInput): Table {
  const rows = [...input.articles]
    .sort((a, b) => comparePublications(a.data, b.data) || compareKeys(a.id, b.id))
    .map((a): Row => {
      const d = a.data;
      return {
        id: a.id,
        title: d.title,
        title_basis: d.title_basis,
        outlet: d.outlet,
        outlet_note: d.outlet_note ?? null,
        published: isDated(d) ? d.published : null,
        published_after: d.published_after ?? null,
        published_before: d.published_before ?? null,
        published_time: d.published_time ?? null,
        published_note: d.published_note ?? null,
        url: d.url === 'unknown' ? null : d.url,
        also_at: d.also_at ?? null,
        language: d.language,
        kind: d.kind,
        republishes_outlet: d.republishes?.outlet ?? null,
        republishes_published: d.republishes?.published ?? null,
        republishes_url: d.republishes?.url ?? null,
        credit: d.credit ?? null,
        reporter: d.reporter ?? null,
        editor: d.editor ?? null,
        capture: d.capture,
        captured: d.captured === 'unknown' ? null : d.captured,
        sha256: recordedSha256(d) ?? null,
        archive_url: d.archive_url ?? null,
        ...bilingualCells('summary', d.summary),
        ...pageCells(input, routes.source, a.id),
      };
    });
  return table(
    'articles',
    { id: 'Artikel sumber', en: 'Source articles' },
    {
      id: 'Satu baris per siaran pers atau berita yang menjadi sumber: media, tanggal terbit (sejauh diketahui), alamat, jenis. Teks artikel tetap milik penerbitnya dan tidak termasuk di sini.',
      en: 'One row per press release or news report used as a source: outlet, publication date (as far as known), address, kind. The article texts belong to their publishers and are not included.',
    },
    columns(),
    ['id'],
    rows,
  );
}
