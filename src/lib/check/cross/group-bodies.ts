/**
 * Whose people a record counts. A cohort must have a participant group of
 * the government's own people (`body: own` in participant-groups.yaml): a
 * cohort of other bodies' people alone — another city's civil servants, a
 * province's staff — is not one of the site's cohorts and is refused, with
 * the advice to keep its article as context instead. A group marked own must
 * not name another government in its label, and the site profile's own group
 * must be marked own. A group whose term is missing or gives no body is
 * reported in the vocabulary file, not here.
 */
import type { Cohort } from '../../../schemas/cohort.ts';
import { OWN_BODY } from '../../../schemas/vocabulary.ts';
import type { Entry, LoadedContent } from '../../content/load.ts';
import {
  findGovernments,
  sameGovernment,
  type Government,
} from '../../text/indonesian/governments.ts';
import { problemAt, type Bilingual, type Problem } from '../problem.ts';

const GROUPS_FILE = 'content/vocabularies/participant-groups.yaml';

/** The government the site follows, as Indonesian text names it, and in words for messages. */
function ownGovernment(content: LoadedContent): { names: Government[]; short: Bilingual } {
  const p = content.profile?.data;
  if (!p) return { names: [], short: { id: 'pemerintah situs', en: 'the site’s government' } };
  const names = [p.government.name.id, p.government.short.id, p.city.name.id].flatMap(
    findGovernments,
  );
  return { names, short: p.government.short };
}

/** The first government a group's label names that is not the site's own, if any. */
function otherGovernmentIn(label: string, own: readonly Government[]): Government | undefined {
  if (own.length === 0) return undefined;
  const named = findGovernments(label);
  if (named.length === 0 || named.some((g) => own.some((o) => sameGovernment(g, o))))
    return undefined;
  return named[0];
}

/** A cohort whose every group belongs to another body: not one of the site's cohorts. */
function noOwnGroup(c: Entry<Cohort>, content: LoadedContent): Problem[] {
  const groups = content.vocabularies['participant-groups'];
  const terms = c.data.participants.map((p) => groups.get(p.group));
  // A group without a term or without a body is reported on its own; judge only what is known.
  if (terms.some((t) => t?.body === undefined || t.body === OWN_BODY)) return [];
  const { short } = ownGovernment(content);
  const labels = terms.map((t) => t?.label.id ?? '').join(', ');
  const labelsEn = terms.map((t) => t?.label.en ?? '').join(', ');
  const staff = content.profile?.data.staff_group ?? 'asn-…';
  return [
    problemAt(
      c,
      ['participants'],
      'cohort-no-own-group',
      {
        id: `Angkatan ini tidak berisi pegawai ${short.id}: semua kelompok pesertanya dari lembaga lain (${labels}). Situs hanya mencatat angkatan yang diikuti pegawai ${short.id}; angkatan ini tidak akan dihitung.`,
        en: `This cohort has no staff of ${short.en}: every participant group belongs to another body (${labelsEn}). The site records only cohorts that ${short.en} staff took part in; this one would never be counted.`,
      },
      {
        id: `Bila pegawai ${short.id} ikut, tambahkan kelompok ${staff} dengan jumlahnya. Bila artikelnya tentang pegawai pemerintah atau lembaga lain (mis. ASN kota lain), jangan catat sebagai angkatan: hapus berkas ini; artikelnya boleh tetap disimpan, dan bila penting catat sebagai peristiwa konteks di content/context/ (kind: other).`,
        en: `If ${short.en} staff took part, add the group ${staff} with its count. If the article is about the staff of another government or body (another city's civil servants, say), do not record it as a cohort: delete this file; the article may stay, and if it matters, record it as a context event in content/context/ (kind: other).`,
      },
    ),
  ];
}

/** Groups marked own whose label names another government ("ASN Pemkot Lain" with body: own). */
function ownGroupOfOtherGovernment(c: Entry<Cohort>, content: LoadedContent): Problem[] {
  const { names, short } = ownGovernment(content);
  const groups = content.vocabularies['participant-groups'];
  return c.data.participants.flatMap((p, i) => {
    const term = groups.get(p.group);
    if (term?.body !== OWN_BODY) return [];
    const other = otherGovernmentIn(term.label.id, names);
    if (!other) return [];
    return [
      problemAt(
        c,
        ['participants', i, 'group'],
        'group-body-own-other-government',
        {
          id: `Kelompok "${p.group}" ditandai body: own (pegawai ${short.id}), tetapi labelnya "${term.label.id}" menyebut ${other.text}.`,
          en: `Group "${p.group}" is marked body: own (staff of ${short.en}), but its label "${term.label.id}" names ${other.text}.`,
        },
        {
          id: `Di ${GROUPS_FILE}, ganti body kelompok "${p.group}" dengan nama lembaganya (id: dan en:), atau perbaiki labelnya bila memang pegawai ${short.id}.`,
          en: `In ${GROUPS_FILE}, replace the body of "${p.group}" with the name of its body (id: and en:), or correct its label if they are ${short.en} staff.`,
        },
      ),
    ];
  });
}

/** Every problem of whose people a cohort counts. */
export function checkCohortBodies(c: Entry<Cohort>, content: LoadedContent): Problem[] {
  return [...noOwnGroup(c, content), ...ownGroupOfOtherGovernment(c, content)];
}

/** The profile's own group (`staff_group`) must be marked own. */
export function checkStaffGroupBody(content: LoadedContent): Problem[] {
  const entry = content.profile;
  if (!entry) return [];
  const key = entry.data.staff_group;
  const body = content.vocabularies['participant-groups'].get(key)?.body;
  if (body === undefined || body === OWN_BODY) return [];
  return [
    problemAt(
      entry,
      ['staff_group'],
      'staff-group-not-own',
      {
        id: `staff_group "${key}" adalah kelompok pegawai pemerintah ini sendiri, tetapi di ${GROUPS_FILE} body-nya lembaga lain (${body.id}), jadi pegawai pemerintah ini tidak akan dihitung.`,
        en: `staff_group "${key}" is this government's own staff, but its body in ${GROUPS_FILE} is another (${body.en}), so this government's staff would never be counted.`,
      },
      {
        id: `Tulis "body: own" untuk "${key}" di ${GROUPS_FILE}, atau pilih kelompok lain sebagai staff_group.`,
        en: `Write "body: own" for "${key}" in ${GROUPS_FILE}, or choose another group as staff_group.`,
      },
    ),
  ];
}
