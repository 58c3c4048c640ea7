/**
 * Cohorts whose training dates the sources do not give (`period: unknown`,
 * planned or announced only), as the charts say them: placed by their
 * send-off when it is dated, counted in the year of that send-off, and left
 * out of the per-year charts, with a note, when nothing dates them at all.
 */
import { gapsText } from '../../../i18n/gaps.ts';
import { cohortYear, knownPeriod } from '../../data/cohort-dates.ts';
import type { CohortRecord } from '../../data/types.ts';
import { dateText, listText } from '../strings.ts';
import type { Context } from './context.ts';

/** When a cohort is, in a note: its start, "pelepasan Juli 2024", or "tanggal pelatihan belum diketahui". */
export function whenText(ctx: Context, c: CohortRecord): string {
  const start = knownPeriod(c.data)?.start;
  if (start !== undefined) return dateText(start, ctx.lang);
  const sendoff = c.data.sendoff?.date;
  return sendoff === undefined
    ? gapsText.periodUnknown[ctx.lang]
    : `${gapsText.sendoff[ctx.lang]} ${dateText(sendoff, ctx.lang)}`;
}

/** Cohorts with no date at all: in no year of a per-year chart. */
export const undatedCohorts = (ctx: Context): CohortRecord[] =>
  ctx.cohorts.filter((c) => cohortYear(c.data) === undefined);

/** The notes of a per-year chart on cohorts without training dates: where they are counted, and which are left out. */
export function undatedNotes(ctx: Context): string[] {
  const { lang } = ctx;
  const name = (c: CohortRecord) =>
    `${ctx.themeLabel(c.data.theme)} (${whenText(ctx, c)}, ${ctx.t.status[c.data.status]})`;
  const bySendoff = ctx.cohorts.filter((c) => !knownPeriod(c.data) && c.data.sendoff);
  const undated = undatedCohorts(ctx);
  const notes: string[] = [];
  if (bySendoff.length)
    notes.push(
      lang === 'id'
        ? `Angkatan yang tanggal pelatihannya tidak disebut sumber dihitung pada tahun pelepasannya: ${listText(bySendoff.map(name), lang)}.`
        : `Cohorts whose training dates the sources do not give are counted in the year of their send-off: ${listText(bySendoff.map(name), lang)}.`,
    );
  if (undated.length)
    notes.push(
      lang === 'id'
        ? `Tidak masuk grafik per tahun karena waktunya belum diketahui sama sekali: ${listText(undated.map(name), lang)}.`
        : `Left out of the per-year charts because nothing dates them yet: ${listText(undated.map(name), lang)}.`,
    );
  return notes;
}
