/**
 * A citation's dates read against its article's publication date: a note
 * saying how each date stating a date fact was read when the quote does not
 * write it in full ("kemarin", "Senin (15/10)", "1 Juli mendatang"), a
 * warning for a weekday that contradicts its date, and the problem of a
 * date fact the quote cannot state because the publication date is known
 * too vaguely to read its relative dates.
 */
import type { LoadedContent } from '../../content/load.ts';
import { findDates } from '../../text/indonesian/dates.ts';
import { readingsOf, unreadReason, weekdayConflicts } from '../date-readings.ts';
import type { Fact } from '../facts.ts';
import { noteAt, problemAt, type Bilingual, type Located, type Problem } from '../problem.ts';
import type { ArticleIndexEntry } from './article-index.ts';
import { describeFact } from './quote-states.ts';

const isDate = (f: Fact): boolean => f.check.kind === 'date' || f.check.kind === 'period';

const READ_FIX: Bilingual = {
  id: 'Tidak perlu tindakan bila pembacaan ini benar. Bila tidak, pilih kutipan yang menulis tanggalnya lengkap, atau periksa tanggal terbit artikel.',
  en: "Nothing to do if this reading is right. If not, choose a passage that writes the date in full, or check the article's publication date.",
};

const WEEKDAY_FIX: Bilingual = {
  id: 'Periksa tanggal yang benar di sumber lain atau di halaman aslinya. Pemeriksaan membaca angka tanggalnya; bila yang benar nama harinya, dukung tanggal itu dengan kutipan lain dan jelaskan di note kutipan ini.',
  en: "Check the right date in another source or on the original page. The check reads the date's numbers; if the weekday is the right one, support that date with another passage and explain in this citation's note.",
};

/** One note for a quote's readings, each said once; none without a reading. */
function readingNote(entry: Located, where: PropertyKey[], readings: Bilingual[]): Problem[] {
  const unique = [...new Map(readings.map((b) => [b.id, b])).values()];
  if (unique.length === 0) return [];
  const message = {
    id: unique.map((b) => b.id).join(' '),
    en: unique.map((b) => b.en).join(' '),
  };
  return [noteAt(entry, where, 'info', 'date-read-relative', message, READ_FIX)];
}

/**
 * The notes of the citation at `base` (`sources[i]`), whose normalised quote
 * supports `facts`: one saying how the dates stating them were read, and one
 * per weekday that contradicts its date. Nothing for a citation supporting
 * no date.
 */
export function citationDateNotes(
  entry: Located,
  base: readonly PropertyKey[],
  facts: readonly Fact[],
  quote: string,
  article: ArticleIndexEntry,
): Problem[] {
  const dated = facts.filter(isDate);
  if (dated.length === 0) return [];
  const where = [...base, 'quote'];
  const readings = dated.flatMap((f) => readingsOf(f.check, quote, article.ctx));
  return [
    ...readingNote(entry, where, readings),
    ...weekdayConflicts(quote, findDates(quote, article.ctx)).map((message) =>
      noteAt(entry, where, 'warning', 'date-weekday-mismatch', message, WEEKDAY_FIX),
    ),
  ];
}

/**
 * The problem of a date fact the quote does not state while it writes
 * dates relative to an article whose publication date is known too vaguely
 * to read them; undefined otherwise (the usual "not in the quote" applies).
 */
export function unreadDateProblem(
  entry: Located,
  path: readonly PropertyKey[],
  fact: Fact,
  quote: string,
  article: ArticleIndexEntry,
  content: LoadedContent,
): Problem | undefined {
  if (!isDate(fact)) return undefined;
  const reason = unreadReason(quote, article.ctx);
  if (!reason) return undefined;
  const what = describeFact(fact, content);
  const file = article.entry.file;
  return problemAt(
    entry,
    path,
    'date-publication-too-vague',
    {
      id: `${reason.message.id}, jadi kutipan ini tidak dapat menunjukkan ${what.id} untuk kolom ${fact.path}.`,
      en: `${reason.message.en}, so this quote cannot show ${what.en} for field ${fact.path}.`,
    },
    {
      id: `Bila tanggal terbit diketahui, tulis lengkap di ${file} (published: ${reason.needs}); bila tidak, pilih kutipan yang menulis tanggalnya lengkap, atau hapus "${fact.path}" dari supports kutipan ini.`,
      en: `If the publication date is known, write it in full in ${file} (published: ${reason.needs}); if not, choose a passage that writes the date in full, or remove "${fact.path}" from this citation's supports.`,
    },
  );
}
