/**
 * Chart "claims-vs-record": the running total of documented participants of
 * held cohorts (`cumulativeParticipants`) as a step line, and each claimed
 * number of participants as a point, set against the record under the
 * claim's own scope (`reconcileClaims`). Other claim metrics are not drawn,
 * only counted in the notes.
 */
import type { Lang } from '../../../i18n/lang.ts';
import { qualified } from '../../../i18n/labels.ts';
import type { Claim } from '../../../schemas/claim.ts';
import { earliestDay } from '../../dates/partial-date.ts';
import { cumulativeParticipants, type CumulativePoint } from '../../data/aggregate.ts';
import { participantTotal, sumParticipants } from '../../data/participants.ts';
import type { Reconciliation } from '../../data/reconcile.ts';
import type { ClaimRecord } from '../../data/types.ts';
import { notIncluding } from '../../site/participant-words.ts';
import { routes } from '../../site/routes.ts';
import {
  layoutClaimsVsRecord,
  type ClaimPointInput,
  type StepInput,
  type TimeOptions,
} from '../claims-vs-record.ts';
import { INK } from '../palette.ts';
import { NARROW, WIDE, type DrawingSize } from '../sizes.ts';
import { dateText } from '../strings.ts';
import { base, type LegendItem, type TableRow } from './base.ts';
import { countCell, countText, heldProgrammes, type Context } from './context.ts';
import type { ClaimsChartModel } from './index.ts';

/** A step of the documented line: one held cohort and the running total after it. */
interface Step {
  point: CumulativePoint;
  /** "Theme (Programme)". */
  name: string;
  input: StepInput;
}

/** A participant claim with its reconciliation and its words. */
interface Point {
  r: Reconciliation;
  input: ClaimPointInput;
  /** The claim's window in words ("in the last 3 years"), or ''. */
  win: string;
  /** The documented count under the claim's scope, "45+?" when a minimum. */
  documented: string;
}

function windowText(claim: ClaimRecord, lang: Lang): string {
  const s = claim.data.scope;
  if (s.window_years !== undefined)
    return lang === 'id'
      ? `dalam ${s.window_years} tahun terakhir`
      : `in the last ${s.window_years} years`;
  if (s.since)
    return lang === 'id' ? `sejak ${dateText(s.since, lang)}` : `since ${dateText(s.since, lang)}`;
  return '';
}

const sameScope = (lang: Lang): string =>
  lang === 'id' ? 'tercatat dalam cakupan yang sama' : 'documented under the same scope';

function documentedSteps(ctx: Context): Step[] {
  const { lang, t } = ctx;
  return cumulativeParticipants(ctx.byStatus.held, ctx.groups).map((p) => {
    const c = ctx.byId.get(p.cohortId);
    const total = c ? participantTotal(c.data, ctx.groups) : undefined;
    const added = total ? `+${countText(ctx, total.known, !total.complete)}` : '';
    const name = c
      ? `${ctx.themeLabel(c.data.theme)} (${ctx.programmeLabel(c.data.programme)})`
      : p.cohortId;
    return {
      point: p,
      name,
      input: {
        date: p.date,
        total: p.total,
        hasUnknown: p.hasUnknown,
        href: routes.cohort(lang, p.cohortId),
        title: `${dateText(p.date, lang)} · ${name}: ${added} → ${t.participantsOf(countText(ctx, p.total, p.hasUnknown))}`,
      },
    };
  });
}

function claimPoints(ctx: Context, claims: readonly ClaimRecord[]): Point[] {
  const { lang, t, fmt } = ctx;
  const drawn = new Set(claims.map((c) => c.id));
  const reconciled = ctx.reconciled.filter(
    (r) => drawn.has(r.claim.id) && r.claim.data.metric === 'participants',
  );
  return reconciled.map((r) => {
    const d = r.claim.data;
    const label = qualified(d.qualifier, fmt(d.value), lang);
    const win = windowText(r.claim, lang);
    const documented = countText(ctx, r.documented, r.hasUnknownCounts);
    const known = !(r.hasUnknownCounts && r.documented === 0);
    const input: ClaimPointInput = {
      key: r.claim.id,
      date: d.made_on,
      value: d.value,
      ...(r.from ? { from: r.from } : {}),
      ...(known ? { documented: r.documented } : {}),
      qualifier: d.qualifier,
      label,
      href: routes.claim(lang, r.claim.id),
      title: `${dateText(d.made_on, lang)}: ${t.participantsOf(label)}${win ? ` ${win}` : ''} — ${sameScope(lang)}: ${documented}`,
    };
    return { r, input, win, documented };
  });
}

function description(ctx: Context, steps: readonly Step[], points: readonly Point[]): string {
  const { lang, t, fmt } = ctx;
  const last = steps.at(-1)?.point;
  const lastTotal = last ? countText(ctx, last.total, last.hasUnknown) : fmt(0);
  const qualifierWord = (q: Claim['qualifier']) => (q === 'exact' ? '' : `${t.qualifier[q]} `);
  const claimBits = points.map(({ r, win, documented }) => {
    const d = r.claim.data;
    return lang === 'id'
      ? `${qualifierWord(d.qualifier)}${fmt(d.value)} peserta${win ? ` ${win}` : ''} (${dateText(d.made_on, lang)}; ${sameScope(lang)}: ${documented})`
      : `${qualifierWord(d.qualifier)}${fmt(d.value)} participants${win ? ` ${win}` : ''} (${dateText(d.made_on, lang)}; ${sameScope(lang)}: ${documented})`;
  });
  return [
    last
      ? lang === 'id'
        ? `Garis yang naik setiap kali angkatan berangkat: jumlah kumulatif peserta yang terdokumentasi dari angkatan terlaksana (semua program dan tempat), ${lastTotal} peserta hingga ${dateText(last.date, lang)}.`
        : `The line that rises with each cohort: the cumulative number of documented participants of held cohorts (all programmes and places), ${lastTotal} by ${dateText(last.date, lang)}.`
      : lang === 'id'
        ? 'Belum ada angkatan terlaksana yang terdokumentasi.'
        : 'No held cohort is documented yet.',
    points.length
      ? lang === 'id'
        ? `Titik: ${fmt(points.length)} klaim jumlah peserta — ${claimBits.join('; ')}.`
        : `Points: ${fmt(points.length)} ${points.length === 1 ? 'claim' : 'claims'} of a number of participants — ${claimBits.join('; ')}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** What the line counts, how claims are set against it, and the claims not drawn. */
function notes(ctx: Context, otherClaims: number): string[] {
  const { lang, fmt } = ctx;
  const programmes = heldProgrammes(ctx);
  const left = sumParticipants(ctx.byStatus.held, ctx.groups).leftOut;
  const others = left.cohorts.length ? `; ${notIncluding(left, lang)}` : '';
  return lang === 'id'
    ? [
        `Garis: angkatan terlaksana saja${programmes ? ` (${programmes})` : ''}, hanya peserta yang jumlahnya diketahui${others}; angkatan yang direncanakan atau diumumkan tidak dihitung.`,
        'Kolom "tercatat (cakupan klaim)" menghitung ulang angkatan terlaksana dengan cakupan klaim itu sendiri (program, tempat, rentang waktu) hingga tanggal klaim. Selisih berarti sumber yang kami simpan belum mencatatnya, bukan bahwa klaim itu salah.',
        ...(otherClaims
          ? [
              `${fmt(otherClaims)} klaim lain (jumlah angkatan, peserta per tahun, lama kemitraan, tahun mulai) tidak digambar di sini; lihat halaman cek klaim.`,
            ]
          : []),
      ]
    : [
        `Line: held cohorts only${programmes ? ` (${programmes})` : ''}, participants whose number is known${others}; planned or announced cohorts are not counted.`,
        'The "documented (claim scope)" column recounts held cohorts under the claim\'s own scope (programme, place, period) up to the date of the claim. A gap means the sources we hold do not record those participants, not that the claim is false.',
        ...(otherClaims
          ? [
              `${fmt(otherClaims)} other ${otherClaims === 1 ? 'claim' : 'claims'} (numbers of cohorts, participants per year, length of the partnership, start year) are not drawn here; see the claim check page.`,
            ]
          : []),
      ];
}

/** The documented steps, then the claims: one table row each; no known count is an empty cell. */
function tableRows(ctx: Context, steps: readonly Step[], points: readonly Point[]): TableRow[] {
  const { lang, t } = ctx;
  const stepRow = ({ point: p, name }: Step): TableRow => {
    const total = countCell(ctx, p.total, p.hasUnknown);
    const qualifier = p.hasUnknown ? 'at-least' : 'exact';
    return {
      cells: [p.date, 'documented', total.cell, qualifier, '', '', p.cohortId],
      text: [
        dateText(p.date, lang),
        t.series.documented,
        total.text,
        t.qualifier[qualifier],
        '',
        '',
        name,
      ],
      href: routes.cohort(lang, p.cohortId),
    };
  };
  const claimRow = ({ r, input }: Point): TableRow => {
    const d = r.claim.data;
    const documented = countCell(ctx, r.documented, r.hasUnknownCounts);
    return {
      cells: [d.made_on, 'claim', d.value, d.qualifier, r.from ?? '', documented.cell, r.claim.id],
      text: [
        dateText(d.made_on, lang),
        t.series.claim,
        input.label,
        t.qualifier[d.qualifier],
        r.from ? dateText(r.from, lang) : '',
        documented.text,
        d.statement[lang],
      ],
      href: routes.claim(lang, r.claim.id),
    };
  };
  return [...steps.map(stepRow), ...points.map(claimRow)];
}

export function claimsVsRecordModel(
  ctx: Context,
  claims: readonly ClaimRecord[],
): ClaimsChartModel {
  const { t, fmt } = ctx;
  const steps = documentedSteps(ctx);
  const points = claimPoints(ctx, claims);
  const dates = [...steps.map((s) => s.input.date), ...points.map((p) => p.input.date)].sort(
    (a, b) => earliestDay(a).localeCompare(earliestDay(b)),
  );
  const until = dates.at(-1);
  const options: TimeOptions = {
    format: fmt,
    stepLabel: t.stepLabel,
    gapLabel: t.gapLabel,
    overflowLabel: (date, label) => `${dateText(date, ctx.lang)}: ${label}`,
    moreLabel: (count) =>
      ctx.lang === 'id'
        ? `… dan ${fmt(count)} label lain; setiap klaim ada di tabel di bawah grafik.`
        : `… and ${fmt(count)} more labels; every claim is in the table under the chart.`,
    yAxisLabel: t.cumulativeAxis,
    ...(until ? { until } : {}),
  };
  const at = (size: DrawingSize) =>
    layoutClaimsVsRecord(
      steps.map((s) => s.input),
      points.map((p) => p.input),
      { ...options, width: size.width, height: size.timeHeight, fontSize: size.fontSize },
    );
  const layout = at(WIDE);
  const legend: LegendItem[] = [
    { key: 'documented', label: t.documentedLegend, colour: INK, pattern: 'line' },
    { key: 'claim', label: t.claimLegend, colour: INK, pattern: 'point' },
    ...(points.some((p) => p.input.from)
      ? [{ key: 'window', label: t.windowLegend, colour: INK, pattern: 'window' as const }]
      : []),
    ...(layout.brackets.length
      ? [{ key: 'gap', label: t.gapLegend, colour: INK, pattern: 'bracket' as const }]
      : []),
  ];
  const c = t.columns;
  return {
    ...base(ctx, 'claims-vs-record', {
      description: description(ctx, steps, points),
      notes: notes(ctx, claims.length - points.length),
      columns: [
        ['date', c.date],
        ['series', c.series],
        ['value', c.value],
        ['qualifier', c.qualifier],
        ['window_start', c.windowStart],
        ['documented_same_scope', c.documented],
        ['record', c.record],
      ],
      rows: tableRows(ctx, steps, points),
      legend,
    }),
    kind: 'claims',
    layout,
    narrowLayout: at(NARROW),
  };
}
