/**
 * Chart "participants-by-year": one row per year from the first cohort to
 * the last, held participants stacked by theme, planned and announced ones
 * in a lane of their own; years with no cohort are rows labelled as such.
 * Figures come from `participantsByYearAndTheme`, one aggregate per status.
 */
import { participantsByYearAndTheme, type YearRow } from '../../data/aggregate.ts';
import type { BarRowInput, BarSegmentInput } from '../bar-lanes.ts';
import { yearRanges } from '../strings.ts';
import { base, type TableRow } from './base.ts';
import {
  NO_KNOWN_COUNT,
  STATUSES,
  countText,
  emptyYearsSentence,
  participantsText,
  perStatus,
  type Context,
} from './context.ts';
import type { BarChartModel } from './index.ts';
import {
  countCells,
  countColumns,
  layoutParticipantBars,
  themeLegend,
  themeSegment,
} from './participant-bars.ts';
import { exclusionSentence, participantNotes } from './participant-notes.ts';

/** "Pada 2019 tercatat sedikitnya 35 peserta (Pelayanan Publik)." — the held participants of one year. */
function yearSentence(ctx: Context, held: YearRow): string {
  const { lang } = ctx;
  const parts = ctx.themeOrder.flatMap((k) => {
    const cell = held.cells.get(k);
    if (!cell) return [];
    return [
      held.cells.size === 1
        ? ctx.themeLabel(k)
        : `${ctx.themeLabel(k)} ${countText(ctx, cell.value, cell.hasUnknown)}`,
    ];
  });
  const n = participantsText(ctx, held.total, held.hasUnknown);
  return lang === 'id'
    ? `Pada ${held.year} tercatat ${n} (${parts.join(', ')}).`
    : `In ${held.year}, ${n} are documented (${parts.join(', ')}).`;
}

export function participantsByYearModel(ctx: Context): BarChartModel {
  const { lang, t, fmt } = ctx;
  const byStatus = perStatus(ctx, (cohorts) =>
    participantsByYearAndTheme(cohorts, ctx.groups, ctx.years),
  );
  const rows: BarRowInput[] = [];
  const tableRows: TableRow[] = [];
  const sentences: string[] = [];
  const emptyYears: number[] = [];
  const notHeldOnly: number[] = [];
  for (const year of ctx.years) {
    const segments: BarSegmentInput[] = [];
    for (const status of STATUSES) {
      const yr = byStatus[status].find((r) => r.year === year);
      for (const theme of ctx.themeOrder) {
        const cell = yr?.cells.get(theme);
        if (!cell) continue;
        const seg = themeSegment(ctx, `${year} · ${ctx.themeLabel(theme)}`, theme, status, cell);
        segments.push(seg);
        const counts = countCells(ctx, status, cell);
        tableRows.push({
          cells: [year, theme, ...counts.cells],
          text: [String(year), ctx.themeLabel(theme), ...counts.text],
          ...(seg.href ? { href: seg.href } : {}),
        });
      }
    }
    const held = byStatus.held.find((r) => r.year === year);
    if (segments.length === 0) {
      emptyYears.push(year);
      // No cohort recorded: the cohort count is 0, the participant count is not known (never 0).
      tableRows.push({
        cells: [year, '', '', 0, '', ''],
        text: [String(year), t.emptyYear, '', fmt(0), NO_KNOWN_COUNT, ''],
      });
    } else if (!held || held.cells.size === 0) {
      notHeldOnly.push(year);
    } else {
      sentences.push(yearSentence(ctx, held));
    }
    rows.push({ key: String(year), label: String(year), segments, emptyText: t.emptyYear });
  }
  if (notHeldOnly.length)
    sentences.push(
      lang === 'id'
        ? `Pada ${yearRanges(notHeldOnly, lang)} hanya ada angkatan yang direncanakan atau diumumkan.`
        : `In ${yearRanges(notHeldOnly, lang)} there are only planned or announced cohorts.`,
    );
  if (emptyYears.length) sentences.push(emptyYearsSentence(ctx, emptyYears));
  if (ctx.years.length === 0)
    sentences.push(lang === 'id' ? 'Belum ada angkatan tercatat.' : 'No cohort is documented yet.');
  sentences.push(exclusionSentence(ctx));

  const usedThemes = ctx.themeOrder.filter((k) => ctx.cohorts.some((c) => c.data.theme === k));
  const c = t.columns;
  return {
    ...base(ctx, 'participants-by-year', {
      description: sentences.filter(Boolean).join(' '),
      notes: participantNotes(ctx, true),
      columns: [['year', c.year], ['theme', c.theme], ...countColumns(ctx)],
      rows: tableRows,
      legend: themeLegend(ctx, usedThemes, rows),
    }),
    kind: 'bars',
    ...layoutParticipantBars(ctx, rows, {}),
  };
}
