/**
 * The words the participant charts share: the sentence saying which cohorts
 * and people the figures leave out and which are minimums, and the notes on
 * what is counted. Counts of cohorts with a group of unknown size, and of
 * people of other bodies, come from `sumParticipants`, like every other
 * participant figure.
 */
import { compareCohorts } from '../../data/cohort-dates.ts';
import { sumParticipants } from '../../data/participants.ts';
import { otherBodiesCount, otherGroupCount } from '../../site/participant-words.ts';
import { listText } from '../strings.ts';
import { UNKNOWN_SUFFIX, heldProgrammes, type Context } from './context.ts';
import { undatedNotes, whenText } from './undated.ts';

/** "Angka tidak mencakup 1 angkatan yang baru direncanakan dan 1 yang baru diumumkan; 1 angkatan …". */
function statusSentence(ctx: Context): string {
  const { lang, fmt } = ctx;
  const planned = ctx.byStatus.planned.length;
  const announced = ctx.byStatus.announced.length;
  const unknown = sumParticipants(ctx.cohorts, ctx.groups).withUnknown.length;
  const parts: string[] = [];
  if (lang === 'id') {
    const noun = (n: number, what: string) =>
      parts.length === 0 ? `${fmt(n)} angkatan yang baru ${what}` : `${fmt(n)} yang baru ${what}`;
    if (planned) parts.push(noun(planned, 'direncanakan'));
    if (announced) parts.push(noun(announced, 'diumumkan'));
    const excl = parts.length ? `Angka tidak mencakup ${listText(parts, lang)}` : '';
    const unk = unknown
      ? `${fmt(unknown)} angkatan memiliki kelompok peserta yang jumlahnya tidak diketahui (ditandai ${UNKNOWN_SUFFIX})`
      : '';
    return excl && unk ? `${excl}; ${unk}.` : excl || unk ? `${excl || unk}.` : '';
  }
  const noun = (n: number, what: string) =>
    parts.length === 0
      ? `${fmt(n)} ${n === 1 ? 'cohort that was' : 'cohorts that were'} only ${what}`
      : `${fmt(n)} that ${n === 1 ? 'was' : 'were'} only ${what}`;
  if (planned) parts.push(noun(planned, 'planned'));
  if (announced) parts.push(noun(announced, 'announced'));
  const excl = parts.length ? `The figures leave out ${listText(parts, lang)}` : '';
  const unk = unknown
    ? `${fmt(unknown)} ${unknown === 1 ? 'cohort has' : 'cohorts have'} a participant group of unknown size (marked ${UNKNOWN_SUFFIX})`
    : '';
  const sentence =
    excl && unk ? `${excl}; ${unk.charAt(0).toLowerCase()}${unk.slice(1)}` : excl || unk;
  return sentence ? `${sentence}.` : '';
}

/** "Angka juga tidak mencakup 10 peserta dari lembaga lain.", when a held cohort has any. */
function otherBodiesSentence(ctx: Context): string {
  const left = sumParticipants(ctx.byStatus.held, ctx.groups).leftOut;
  if (left.cohorts.length === 0) return '';
  const count = otherBodiesCount(left, ctx.lang);
  return ctx.lang === 'id'
    ? `Angka juga tidak mencakup ${count}.`
    : `The figures also leave out ${count}.`;
}

/** What the figures leave out: cohorts not held, minimums, people of other bodies. */
export function exclusionSentence(ctx: Context): string {
  return [statusSentence(ctx), otherBodiesSentence(ctx)].filter(Boolean).join(' ');
}

/** "Pengelolaan Air, Mei 2023: Manajemen … (jumlahnya tidak diketahui)" for each cohort with people of other bodies. */
function otherBodiesItems(ctx: Context): string[] {
  return sumParticipants(ctx.cohorts, ctx.groups).leftOut.cohorts.map(
    ({ cohort: c, groups }) =>
      `${ctx.themeLabel(c.data.theme)}, ${whenText(ctx, c)}: ${groups
        .map((p) => otherGroupCount(p, ctx.groups, ctx.lang))
        .join(', ')}`,
  );
}

/** Notes shared by the participant charts: what is counted, what is not, and why. */
export function participantNotes(ctx: Context, byYear: boolean): string[] {
  const { lang, t } = ctx;
  const programmes = heldProgrammes(ctx);
  const notHeld = [...ctx.byStatus.planned, ...ctx.byStatus.announced]
    .sort(compareCohorts)
    .map(
      (c) => `${ctx.themeLabel(c.data.theme)}, ${whenText(ctx, c)} (${t.status[c.data.status]})`,
    );
  const anyUnknown = !sumParticipants(ctx.cohorts, ctx.groups).complete;
  const others = otherBodiesItems(ctx);
  const notes: string[] = [];
  if (lang === 'id') {
    notes.push(
      `Dihitung: angkatan yang terlaksana${programmes ? ` (${programmes})` : ''}${byYear ? ', menurut tahun mulai pelatihan' : ''}; hanya peserta yang jumlahnya diketahui.`,
    );
    if (notHeld.length)
      notes.push(
        `Tidak dihitung dalam total: ${notHeld.join('; ')}. Angkatan ini digambar sebagai batang tipis bergaris putus-putus di bawah batang utama.`,
      );
    if (anyUnknown)
      notes.push(
        `Kelompok peserta yang jumlahnya tidak diketahui tidak dihitung sebagai nol: batangnya diakhiri tanda ${UNKNOWN_SUFFIX} dan angkanya adalah batas bawah.`,
      );
    if (others.length)
      notes.push(
        `Peserta dari lembaga lain tidak dihitung dalam angka mana pun: ${others.join('; ')}.`,
      );
    if (byYear)
      notes.push(
        'Tahun tanpa angkatan tercatat tetap ditampilkan: tidak ada catatan belum tentu berarti tidak ada pengiriman.',
        ...undatedNotes(ctx),
      );
    return notes;
  }
  notes.push(
    `Counted: cohorts that took place${programmes ? ` (${programmes})` : ''}${byYear ? ', by the year the course started' : ''}; only participants whose number is known.`,
  );
  if (notHeld.length)
    notes.push(
      `Not counted in totals: ${notHeld.join('; ')}. These are drawn as thin dashed bars under the main bar.`,
    );
  if (anyUnknown)
    notes.push(
      `Groups of unknown size are not counted as zero: their bar ends in a ${UNKNOWN_SUFFIX} marker and the number is a minimum.`,
    );
  if (others.length)
    notes.push(
      `Participants from other bodies are not counted in any figure: ${others.join('; ')}.`,
    );
  if (byYear)
    notes.push(
      'Years without a documented cohort are shown: no record does not necessarily mean no cohort was sent.',
      ...undatedNotes(ctx),
    );
  return notes;
}
