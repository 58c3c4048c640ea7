/**
 * A new cohort drafted from the answers, before its sources are cited:
 * theme, programme, place, period, status (planned when the source predates
 * the start), participant groups, send-off, our note on what the source
 * leaves unknown, and the file id. Invalid or missing answers are recorded
 * in the plan and leave no draft.
 */
import { cohortStatuses, type Cohort } from '../../src/schemas/cohort.ts';
import { cohortFacts, type Fact } from '../../src/lib/check/facts.ts';
import type { LoadedContent } from '../../src/lib/content/load.ts';
import { earliestDay } from '../../src/lib/dates/partial-date.ts';
import {
  earliestPublication,
  isDated,
  publishedBefore,
  type Publication,
} from '../../src/lib/dates/publication.ts';
import { cohortId } from './ids.ts';
import type { Answers } from './options.ts';
import type { ArticleSource } from './article-source.ts';
import { missing, take, type Plan, type ScaffoldEnv } from './plan.ts';
import { siteDefaults } from './site-defaults.ts';
import { NAMED_ISSUES } from '../../src/lib/check/named-issues.ts';
import {
  checkChoice,
  checkCount,
  checkDate,
  checkDateOrUnknown,
  checkId,
  checkTerm,
  checkText,
} from './validate.ts';

/** Participant groups: the government's own civil servants first, then each --group=key:count. */
function participants(answers: Answers, env: ScaffoldEnv, plan: Plan): Cohort['participants'] {
  const out: Cohort['participants'] = [];
  const { staffGroup, staffName } = siteDefaults(env.content.profile?.data);
  const asn = take(plan, checkCount(answers.participants ?? '', `Jumlah ${staffName.id}`));
  if (asn !== undefined && staffGroup) out.push({ group: staffGroup, count: asn });
  else if (asn !== undefined)
    plan.errors.push({
      id: 'Kelompok ASN pemerintah sendiri tidak diketahui: content/site.yaml tidak ada atau tidak sah (npm run check).',
      en: "The government's own participant group is unknown: content/site.yaml is missing or invalid (npm run check).",
    });
  for (const g of answers.group ?? []) {
    const [key = '', count = ''] = g.split(':');
    const group = take(
      plan,
      checkTerm(key, 'participant-groups', env.content.vocabularies, 'Kelompok peserta'),
    );
    const n = take(plan, checkCount(count, `Jumlah ${key}`));
    if (group && n !== undefined && !out.some((p) => p.group === group))
      out.push({ group, count: n });
  }
  return out;
}

/** Our note on a cohort: what the source leaves unknown, and why it is not (yet) counted as held. */
function note(
  c: Pick<Cohort, 'status' | 'participants' | 'period'>,
  content: LoadedContent,
): Cohort['note'] {
  const id: string[] = [];
  const en: string[] = [];
  if (c.period === 'unknown') {
    id.push('Sumber tidak menyebut tanggal pelatihan.');
    en.push('The source gives no training dates.');
  }
  for (const p of c.participants.filter((x) => x.count === 'unknown')) {
    const label = content.vocabularies['participant-groups'].get(p.group)?.label;
    id.push(`Jumlah ${label?.id ?? p.group} tidak disebut dalam sumber.`);
    en.push(`The source does not give a count for the group “${label?.en ?? p.group}”.`);
  }
  if (c.status === 'planned') {
    id.push(
      'Sumber terbit sebelum pelatihan selesai; belum ada sumber yang melaporkan pelatihan ini berlangsung.',
    );
    en.push(
      'The source appeared before the training ended; no source yet reports that it took place.',
    );
  } else if (c.status === 'announced') {
    id.push(
      'Hanya diumumkan; belum ada sumber yang melaporkan pelatihan ini berlangsung, jadi tidak dihitung sebagai terlaksana.',
    );
    en.push('Only announced; no source reports that it took place, so it is not counted as held.');
  }
  return id.length > 0 ? { id: id.join(' '), en: en.join(' ') } : undefined;
}

/**
 * The status a cohort takes when none is answered: planned when the source
 * predates the start; for a source of unknown date, held only when it
 * certainly appeared after the course began.
 */
export function defaultStatus(publication: Publication, start: string): Cohort['status'] {
  if (isDated(publication)) return publishedBefore(publication, start) ? 'planned' : 'held';
  const earliest = earliestPublication(publication);
  return earliest !== undefined && earliest >= earliestDay(start) ? 'held' : 'planned';
}

/** The publication date of the article when it is written, else `unknown`. */
const dateOf = (p: Publication): string => (isDated(p) ? p.published : 'unknown');

/**
 * The status answered, or the default from the dates (`announced` when the
 * sources give no training dates); held with no training dates is refused
 * in the check's words.
 */
function statusOf(
  answers: Answers,
  plan: Plan,
  article: ArticleSource,
  start: string,
): Cohort['status'] | undefined {
  const undated = start === 'unknown';
  const fallback = undated ? 'announced' : defaultStatus(article.publication, start);
  const status = take(
    plan,
    checkChoice(answers.status?.trim() || fallback, cohortStatuses, 'Status'),
  );
  if (status !== 'held' || !undated) return status;
  const refused = NAMED_ISSUES['period-unknown-held'];
  if (refused)
    plan.errors.push({
      id: `${refused.message.id} ${refused.fix.id}`,
      en: `${refused.message.en} ${refused.fix.en}`,
    });
  return undefined;
}

export interface CohortDraft {
  id: string;
  /** The cohort without sources. */
  data: Omit<Cohort, 'sources'>;
  facts: Fact[];
  /** The content the draft was made against (with the session's new terms). */
  content: LoadedContent;
}

/** A new cohort from the answers, without its sources; errors go to `plan`. */
export function draftCohort(
  answers: Answers,
  env: ScaffoldEnv,
  plan: Plan,
  article: ArticleSource,
): CohortDraft | undefined {
  const { content } = env;
  const themeAnswer = answers.theme?.trim() ?? '';
  if (!themeAnswer) missing(plan, 'theme', 'Tema', 'The theme');
  // `new` left here had no labels: ./plan-terms.ts has reported that.
  const themeKey =
    themeAnswer && themeAnswer !== 'new'
      ? take(plan, checkTerm(themeAnswer, 'themes', content.vocabularies, 'Tema'))
      : undefined;
  const defaults = siteDefaults(env.content.profile?.data);
  const programme = take(
    plan,
    checkTerm(
      answers.programme?.trim() || defaults.programme || '',
      'programmes',
      env.content.vocabularies,
      'Program',
    ),
  );
  const place = take(
    plan,
    checkTerm(
      answers.place?.trim() || defaults.place || '',
      'places',
      env.content.vocabularies,
      'Tempat',
    ),
  );
  const startAnswer = answers.start?.trim() ?? '';
  if (!startAnswer) missing(plan, 'start', 'Tanggal mulai pelatihan', 'The start of the training');
  const start = startAnswer ? take(plan, checkDateOrUnknown(startAnswer, 'Mulai')) : undefined;
  const undated = start === 'unknown';
  const end =
    answers.end?.trim() && !undated ? take(plan, checkDate(answers.end, 'Selesai')) : undefined;
  const status = start ? statusOf(answers, plan, article, start) : undefined;
  const host = answers.host?.trim()
    ? take(plan, checkText(answers.host, 'Penyelenggara'))
    : undefined;
  const courseName = answers['course-name']?.trim()
    ? take(plan, checkText(answers['course-name'], 'Nama pelatihan'))
    : undefined;
  const groups = participants(answers, env, plan);
  const sendoffDate = answers['sendoff-date']?.trim()
    ? take(plan, checkDate(answers['sendoff-date'], 'Tanggal pelepasan'))
    : undefined;
  const sendoffPlace = answers['sendoff-place']?.trim()
    ? take(plan, checkText(answers['sendoff-place'], 'Tempat pelepasan'))
    : undefined;
  const sendoffBy = answers['sendoff-by']?.trim()
    ? take(plan, checkText(answers['sendoff-by'], 'Dilepas oleh'))
    : undefined;
  if ((sendoffPlace || sendoffBy) && !answers['sendoff-date']?.trim())
    missing(
      plan,
      'sendoff-date',
      'Tanggal pelepasan (wajib bila tempat atau pelepas diisi)',
      'The send-off date (needed when its place or person is given)',
    );
  if (!themeKey || !programme || !place || !start || !status || groups.length === 0)
    return undefined;

  const data: Omit<Cohort, 'sources'> = {
    programme,
    theme: themeKey,
    ...(courseName ? { course_name: courseName } : {}),
    status,
    period: undated ? 'unknown' : { start, ...(end ? { end } : {}) },
    place,
    ...(host ? { host } : {}),
    participants: groups,
    ...(sendoffDate
      ? {
          sendoff: {
            date: sendoffDate,
            ...(sendoffPlace ? { place: sendoffPlace } : {}),
            ...(sendoffBy ? { by: sendoffBy } : {}),
          },
        }
      : {}),
  };
  const n = note(data, content);
  if (n) data.note = n;
  const id = answers['cohort-id']
    ? take(plan, checkId(answers['cohort-id'], 'Id angkatan'))
    : cohortId(
        {
          start: undated ? (sendoffDate ?? dateOf(article.publication)) : start,
          theme: themeKey,
          programme,
        },
        defaults.programme,
      );
  if (!id) return undefined;
  return { id, data, facts: cohortFacts({ ...data, sources: [] }), content };
}
