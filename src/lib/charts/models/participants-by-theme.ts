/**
 * Chart "participants-by-theme": one row per theme with any cohort, largest
 * documented (held) total first, planned and announced participants in a
 * lane of their own. Figures come from `participantsByTheme`, one aggregate
 * per status, and the headline total from `sumParticipants`.
 */
import { participantsByTheme, type Cell } from '../../data/aggregate.ts';
import { sumParticipants } from '../../data/participants.ts';
import { routes } from '../../site/routes.ts';
import type { BarRowInput, BarSegmentInput } from '../bar-lanes.ts';
import { listText } from '../strings.ts';
import { base, type TableRow } from './base.ts';
import { STATUSES, countText, participantsText, perStatus, type Context } from './context.ts';
import type { BarChartModel } from './index.ts';
import {
  countCells,
  countColumns,
  layoutParticipantBars,
  themeLegend,
  themeSegment,
} from './participant-bars.ts';
import { exclusionSentence, participantNotes } from './participant-notes.ts';

/** "Tercatat 55 peserta dari 3 angkatan terlaksana: …", then the themes with nothing held. */
function description(
  ctx: Context,
  themes: readonly string[],
  held: ReadonlyMap<string, Cell>,
): string {
  const { lang, t, fmt } = ctx;
  const sum = sumParticipants(ctx.byStatus.held, ctx.groups);
  const list = themes.flatMap((k) => {
    const cell = held.get(k);
    return cell ? [`${ctx.themeLabel(k)} ${countText(ctx, cell.value, cell.hasUnknown)}`] : [];
  });
  const n = participantsText(ctx, sum.known, !sum.complete);
  const heldCohorts = ctx.byStatus.held.length;
  const first =
    heldCohorts === 0
      ? lang === 'id'
        ? 'Belum ada angkatan terlaksana yang tercatat.'
        : 'No held cohort is documented yet.'
      : lang === 'id'
        ? `Tercatat ${n} dari ${fmt(heldCohorts)} angkatan terlaksana: ${list.join(', ')}.`
        : `${n} are documented from ${t.cohortsOf(fmt(heldCohorts))} held: ${list.join(', ')}.`;
  const onlyTentative = themes.filter((k) => !held.has(k)).map(ctx.themeLabel);
  const second = onlyTentative.length
    ? lang === 'id'
      ? `${listText(onlyTentative, lang)} baru direncanakan atau diumumkan.`
      : `${listText(onlyTentative, lang)}: only planned or announced so far.`
    : '';
  return [first, second, exclusionSentence(ctx)].filter(Boolean).join(' ');
}

export function participantsByThemeModel(ctx: Context): BarChartModel {
  const { lang, t } = ctx;
  const per = perStatus(
    ctx,
    (cohorts) => new Map(participantsByTheme(cohorts, ctx.groups).map((r) => [r.theme, r.cell])),
  );
  const rank = (k: string) => ctx.themeOrder.indexOf(k);
  // Largest documented (held) total first; ties, and themes with nothing held, in colour order.
  const themes = ctx.themeOrder
    .filter((k) => ctx.cohorts.some((c) => c.data.theme === k))
    .sort(
      (a, b) =>
        (per.held.get(b)?.value ?? -1) - (per.held.get(a)?.value ?? -1) || rank(a) - rank(b),
    );
  const rows: BarRowInput[] = [];
  const tableRows: TableRow[] = [];
  for (const theme of themes) {
    const segments: BarSegmentInput[] = [];
    for (const status of STATUSES) {
      const cell = per[status].get(theme);
      if (!cell) continue;
      const seg = themeSegment(ctx, ctx.themeLabel(theme), theme, status, cell, status);
      segments.push(seg);
      const counts = countCells(ctx, status, cell);
      tableRows.push({
        cells: [theme, ...counts.cells],
        text: [ctx.themeLabel(theme), ...counts.text],
        ...(seg.href ? { href: seg.href } : {}),
      });
    }
    rows.push({
      key: theme,
      label: ctx.themeLabel(theme),
      href: routes.theme(lang, theme),
      segments,
    });
  }
  return {
    ...base(ctx, 'participants-by-theme', {
      description: description(ctx, themes, per.held),
      notes: participantNotes(ctx, false),
      columns: [['theme', t.columns.theme], ...countColumns(ctx)],
      rows: tableRows,
      legend: themeLegend(ctx, themes, rows),
    }),
    kind: 'bars',
    ...layoutParticipantBars(ctx, rows, { labelPosition: 'above' }),
  };
}
