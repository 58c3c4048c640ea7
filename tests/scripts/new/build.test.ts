import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { buildPlan } from '../../../scripts/new/build.ts';
import { parseFlags } from '../../../scripts/new/options.ts';
import { applyPlan } from '../../../scripts/new/write.ts';
import { ARTICLE_ID, COHORT_ID, useCorpora } from '../../helpers/corpus.ts';
import {
  PRACTICE_ARTICLE_ID,
  PRACTICE_CLAIM_ID,
  PRACTICE_COHORT_ID,
  PRACTICE_FLAGS,
  PRACTICE_TEXT,
} from '../../helpers/practice.ts';
import { scaffoldEnv } from '../../helpers/scaffold.ts';
import { ABROAD } from '../../practice/releases/abroad.ts';

const corpus = useCorpora();

const SENDOFF =
  'Sebelumnya, 25 orang ASN yang berasal dari berbagai OPD (Organisasi Perangkat Daerah) Pemkot Jambi tersebut, telah dilepas secara resmi';

describe('buildPlan', () => {
  it('plans the worked example: article, new theme, cohort and claim, all passing the check', () => {
    const c = corpus();
    const plan = buildPlan(parseFlags([...PRACTICE_FLAGS, '--yes']), PRACTICE_TEXT, scaffoldEnv(c));
    expect(plan.errors).toEqual([]);
    expect(plan.changes.map((x) => [x.kind, x.path.slice(c.content.length + 1)])).toEqual([
      ['create', `articles/${PRACTICE_ARTICLE_ID}.md`],
      ['append', 'vocabularies/themes.yaml'],
      ['create', `cohorts/${PRACTICE_COHORT_ID}.yaml`],
      ['create', `claims/${PRACTICE_CLAIM_ID}.yaml`],
    ]);
    expect(applyPlan(plan, c.root)).toEqual([]);
    expect(runCheck(c.root).problems).toEqual([]);
    const cohort = readFileSync(join(c.content, 'cohorts', `${PRACTICE_COHORT_ID}.yaml`), 'utf8');
    expect(cohort).toMatch(
      /^# yaml-language-server: \$schema=.*\/public\/schemas\/cohort\.schema\.json\n/,
    );
    expect(cohort).toContain('status: planned');
    expect(cohort).toContain('count: unknown');
  });

  it('lists what is left: unknown counts, the planned status, the address', () => {
    const plan = buildPlan(
      parseFlags([...PRACTICE_FLAGS, '--yes']),
      PRACTICE_TEXT,
      scaffoldEnv(corpus()),
    );
    const todo = plan.todo.map((t) => t.item.id).join('\n');
    expect(todo).toContain('url: unknown — isi alamat web asli bila diketahui.');
    expect(todo).toContain('participants: jumlah perumdam-tirta-mayang tidak diketahui (unknown)');
    expect(todo).toContain('status: planned — ubah menjadi held');
    expect(todo).toContain('Baris yang dibuang dari teks');
  });

  it('reports every problem in the answers together and plans no file', () => {
    const flags = PRACTICE_FLAGS.map((f) =>
      f.startsWith('--published=')
        ? '--published=7 Juni 2024'
        : f.startsWith('--participants=')
          ? '--participants=0'
          : f === '--theme=new'
            ? '--theme=urban-planing'
            : f,
    );
    const plan = buildPlan(
      parseFlags([...flags, '--start=2024-13-01', '--yes']),
      PRACTICE_TEXT,
      scaffoldEnv(corpus()),
    );
    const errors = plan.errors.map((e) => e.id).join('\n');
    expect(errors).toContain('Tanggal terbit "7 Juni 2024": Tanggal tidak sah.');
    expect(errors).toContain('Tema "urban-planing" tidak ada di kosakata themes.');
    expect(errors).toContain('Jumlah ASN Kota Jambi: Angka terlalu kecil (minimal 1).');
    expect(errors).toContain('Mulai "2024-13-01": Tanggal tidak sah.');
    expect(plan.errors.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses to replace an existing file, naming the flag to choose another name', () => {
    const c = corpus();
    const taken = join(c.content, 'cohorts', `${PRACTICE_COHORT_ID}.yaml`);
    writeFileSync(taken, 'programme: scp\n');
    const plan = buildPlan(parseFlags([...PRACTICE_FLAGS, '--yes']), PRACTICE_TEXT, scaffoldEnv(c));
    expect(plan.errors.map((e) => e.id)).toContain(
      `Berkas content/cohorts/${PRACTICE_COHORT_ID}.yaml sudah ada. npm run new tidak pernah menimpa berkas: pilih nama lain dengan --cohort-id=…, atau ubah berkas itu langsung.`,
    );
    expect(readFileSync(taken, 'utf8')).toBe('programme: scp\n');
  });

  it('refuses an article that is already there, pointing at --article', () => {
    const c = corpus();
    const plan = buildPlan(
      parseFlags([
        '--article-title=Diklat di Singapura, 25 ASN Pemkot Belajar Smart City ala Negeri Singa',
        '--published=2019-02',
        '--yes',
      ]),
      'Teks.',
      scaffoldEnv(c),
    );
    expect(plan.errors[0]?.id).toContain(`pakai --article=${ARTICLE_ID}`);
  });

  it('appends a source to an existing cohort and keeps the file valid', () => {
    const c = corpus();
    const env = scaffoldEnv(c);
    const plan = buildPlan(
      parseFlags([
        `--article=${ARTICLE_ID}`,
        `--cohort=${COHORT_ID}`,
        `--quote=${SENDOFF}`,
        '--yes',
      ]),
      undefined,
      env,
    );
    expect(plan.errors).toEqual([]);
    const [change] = plan.changes;
    expect(change?.kind).toBe('append');
    expect(change?.text.startsWith(change.before ?? '-')).toBe(true);
    // A send-off sentence says nothing about whether the training took place.
    expect(change?.text.slice(change.before?.length)).toContain(
      'supports: [participants.asn-kota-jambi]\n',
    );
    expect(applyPlan(plan, c.root)).toEqual([]);
    expect(runCheck(c.root).problems).toEqual([]);
  });

  it('explains a quote that is not in the article with the closest passage', () => {
    const plan = buildPlan(
      parseFlags([
        `--article=${ARTICLE_ID}`,
        `--cohort=${COHORT_ID}`,
        `--quote=${SENDOFF.replace('25', '26')}`,
        '--yes',
      ]),
      undefined,
      scaffoldEnv(corpus()),
    );
    expect(plan.errors[0]?.id).toContain('Bagian paling mirip: «Sebelumnya, 25 orang ASN');
    expect(plan.errors[0]?.id).toContain('berbeda di: kutipan: "26 orang" — teks: "25 orang"');
    expect(plan.changes).toEqual([]);
  });

  it('names the nearest cohort for a misspelt one', () => {
    const plan = buildPlan(
      parseFlags([`--article=${ARTICLE_ID}`, '--cohort=2019-02-smart-cty', '--yes']),
      undefined,
      scaffoldEnv(corpus()),
    );
    expect(plan.errors[0]?.id).toBe(
      `Angkatan "2019-02-smart-cty" tidak ada di content/cohorts. Mis. ${COHORT_ID} — atau --cohort=new untuk angkatan baru.`,
    );
  });

  it('plans a claim alone from an existing article', () => {
    const c = corpus();
    const plan = buildPlan(
      parseFlags([
        `--article=${ARTICLE_ID}`,
        '--claim-metric=participants',
        '--claim-value=150',
        '--claim-window=3',
        '--claim-programme=scp',
        '--claim-place=singapore',
        '--claim-statement-id=Dalam 3 tahun terakhir, 150 ASN ke Singapura.',
        '--claim-statement-en=In the last 3 years, 150 civil servants to Singapore.',
        '--auto-quotes',
        '--yes',
      ]),
      undefined,
      scaffoldEnv(c),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.changes.map((x) => x.path.slice(c.content.length + 1))).toEqual([
      'claims/2019-02-150-peserta-3-tahun.yaml',
    ]);
    expect(applyPlan(plan, c.root)).toEqual([]);
    expect(runCheck(c.root).problems).toEqual([]);
  });

  it('plans a claim of staff sent abroad (--claim-place=abroad), passing the check', () => {
    const c = corpus();
    const plan = buildPlan(
      parseFlags([
        `--article-title=${ABROAD.title}`,
        '--outlet=diskominfo-kota-jambi',
        '--published=2024-11-08',
        '--summary-id=Contoh latihan: 38 ASN dikirim ke luar negeri.',
        '--summary-en=Practice example: 38 civil servants sent abroad.',
        '--claim-metric=participants',
        '--claim-value=38',
        '--claim-programme=scp',
        '--claim-place=abroad',
        '--claim-since=2024-03',
        '--claim-statement-id=Sejak Maret 2024, 38 ASN dikirim ke luar negeri.',
        '--claim-statement-en=Since March 2024, 38 civil servants were sent abroad.',
        '--auto-quotes',
        '--yes',
      ]),
      ABROAD.text,
      scaffoldEnv(c),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.changes.find((x) => x.what === 'claim')?.text).toContain('  place: abroad\n');
    expect(applyPlan(plan, c.root)).toEqual([]);
    expect(runCheck(c.root).problems).toEqual([]);
  });

  it('writes the article fields the guide relies on, and a caption only when kept', () => {
    const c = corpus();
    const text = `${PRACTICE_TEXT}Foto: Peserta berfoto di Rumah Dinas.\nPenulis: Sari\n`;
    const flags = [...PRACTICE_FLAGS, '--yes', '--title-basis=editorial', '--capture=partial'];
    const plan = buildPlan(
      parseFlags([...flags, '--published-note=Tanggal dari arsip.', '--editor=Rudi']),
      text,
      scaffoldEnv(c),
    );
    expect(plan.errors).toEqual([]);
    const article = plan.changes[0]?.text ?? '';
    expect(article).toContain(
      'title_basis: editorial\noutlet: diskominfo-kota-jambi\npublished: 2024-06-07\npublished_note: Tanggal dari arsip.\n',
    );
    expect(article).toContain('reporter: Sari\neditor: Rudi\ncapture: partial\n');
    expect(article).not.toContain('Foto:');
    const kept = buildPlan(
      parseFlags([...flags, '--keep-caption=Foto: Peserta berfoto di Rumah Dinas.']),
      text,
      scaffoldEnv(c),
    );
    expect(kept.changes[0]?.text).toContain('\n\nFoto: Peserta berfoto di Rumah Dinas.\n');
    expect(applyPlan(kept, c.root)).toEqual([]);
    expect(runCheck(c.root).problems).toEqual([]);
  });

  it('asks for the text of a new article when there is none', () => {
    const plan = buildPlan(
      parseFlags(['--article-title=Judul', '--published=2024', '--yes']),
      undefined,
      scaffoldEnv(corpus()),
    );
    expect(plan.errors.map((e) => e.id)).toContain(
      'Teks siaran pers belum ada: tempel teksnya saat ditanya, atau pakai --body-file=berkas.txt.',
    );
  });
});

describe('applyPlan', () => {
  it('writes nothing when a file appeared or changed since the plan was made', () => {
    const c = corpus();
    const plan = buildPlan(parseFlags([...PRACTICE_FLAGS, '--yes']), PRACTICE_TEXT, scaffoldEnv(c));
    const themes = join(c.content, 'vocabularies', 'themes.yaml');
    writeFileSync(themes, `${readFileSync(themes, 'utf8')}# edited\n`);
    const article = plan.changes[0]?.path ?? '';
    writeFileSync(article, 'mine');
    expect(applyPlan(plan, c.root).map((p) => p.id)).toEqual([
      `Berkas content/articles/${PRACTICE_ARTICLE_ID}.md sudah ada; tidak ditimpa.`,
      'Berkas content/vocabularies/themes.yaml berubah selama npm run new berjalan; jalankan lagi.',
    ]);
    expect(readFileSync(article, 'utf8')).toBe('mine');
  });
});
