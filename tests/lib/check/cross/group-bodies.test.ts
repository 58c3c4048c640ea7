/**
 * Whose people a record counts: a cohort of other bodies' people alone is
 * refused (with the advice to keep its article as context), a group marked
 * own may not name another government, and the profile's own group must be
 * marked own. Each message names the file, the field and the fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REAL_CONTENT } from '../../../helpers/corpus.ts';
import {
  COHORT_PATH,
  cohort,
  edited,
  lineIn,
  problemsIn,
  removeCorpora,
  withCode,
} from '../corpora.ts';

afterEach(removeCorpora);

const GROUPS_FILE = 'vocabularies/participant-groups.yaml';
const GROUPS = readFileSync(join(REAL_CONTENT, GROUPS_FILE), 'utf8');
const PROFILE = readFileSync(join(REAL_CONTENT, 'site.yaml'), 'utf8');

/** A group of the province's staff, with the body given, appended to the real groups. */
const withProvinceStaff = (body: string) => ({
  [GROUPS_FILE]: `${GROUPS}staf-pemprov-jambi:
  label:
    id: ASN Pemprov Jambi
    en: Jambi provincial staff
  terms: [ASN]
  body: ${body}
`,
});

/** The fixture cohort with its only group replaced by `group`. */
const cohortOf = (group: string) =>
  cohort('  - group: asn-kota-jambi\n    count: 25', `  - group: ${group}\n    count: 25`);

const codes = ['cohort-no-own-group', 'group-body-own-other-government', 'staff-group-not-own'];

describe('checkCohortBodies', () => {
  it('accepts the real content: every cohort has the city’s own staff', () => {
    expect(problemsIn().filter((p) => codes.includes(p.code))).toEqual([]);
  });

  it('refuses a cohort whose every group belongs to another body, and points to context', () => {
    const files = {
      ...withProvinceStaff(
        '\n    id: Pemerintah Provinsi Jambi\n    en: Jambi provincial government',
      ),
      ...cohortOf('staf-pemprov-jambi'),
    };
    const [p] = withCode(problemsIn(files), 'cohort-no-own-group');
    expect(p).toMatchObject({ file: COHORT_PATH, field: 'participants' });
    expect(p?.message.id).toContain('tidak berisi pegawai Pemkot Jambi');
    expect(p?.message.id).toContain('(ASN Pemprov Jambi)');
    expect(p?.fix.id).toContain('tambahkan kelompok asn-kota-jambi');
    expect(p?.fix.id).toContain('peristiwa konteks di content/context/');
    expect(p?.fix.en).toContain('do not record it as a cohort');
  });

  it('keeps a joint cohort with the city’s own staff and another body’s', () => {
    const files = {
      ...withProvinceStaff(
        '\n    id: Pemerintah Provinsi Jambi\n    en: Jambi provincial government',
      ),
      ...cohort(
        '  - group: asn-kota-jambi\n    count: 25',
        '  - group: asn-kota-jambi\n    count: 25\n  - group: staf-pemprov-jambi\n    count: unknown',
      ),
    };
    expect(problemsIn(files).filter((p) => codes.includes(p.code))).toEqual([]);
  });

  it('refuses a group marked own whose label names another government', () => {
    const files = { ...withProvinceStaff('own'), ...cohortOf('staf-pemprov-jambi') };
    const [p] = withCode(problemsIn(files), 'group-body-own-other-government');
    expect(p).toMatchObject({ file: COHORT_PATH, field: 'participants[0].group' });
    expect(p?.message.id).toBe(
      'Kelompok "staf-pemprov-jambi" ditandai body: own (pegawai Pemkot Jambi), tetapi labelnya "ASN Pemprov Jambi" menyebut Pemprov Jambi.',
    );
    expect(p?.fix.id).toContain('content/vocabularies/participant-groups.yaml');
  });

  it('leaves a group without a body to its vocabulary file, once', () => {
    const files = {
      [GROUPS_FILE]: edited(GROUPS, '  body: own\n', ''),
      ...cohortOf('asn-kota-jambi'),
    };
    const problems = problemsIn(files);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      [`content/${GROUPS_FILE}`, 'asn-kota-jambi.body'],
    ]);
  });
});

describe('checkStaffGroupBody', () => {
  it('refuses a profile whose own group is marked as another body', () => {
    const files = {
      [GROUPS_FILE]: edited(
        GROUPS,
        '  body: own\n',
        '  body:\n    id: Pemerintah Provinsi Jambi\n    en: Jambi provincial government\n',
      ),
    };
    const [p] = withCode(problemsIn(files), 'staff-group-not-own');
    expect(p).toMatchObject({
      file: 'content/site.yaml',
      field: 'staff_group',
      line: lineIn(PROFILE, 'staff_group:'),
    });
    expect(p?.fix.id).toContain('"body: own" untuk "asn-kota-jambi"');
  });
});
