/**
 * scripts/new.ts driven as an editor drives it: practice releases
 * ("Contoh latihan", tests/scripts/new/practice/) answered one
 * line at a time through standard input, each into a copy of the content
 * with its own temporary folder for the draft.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import { PROJECT_ROOT, REAL_CONTENT } from '../helpers/corpus.ts';
import { copyContent, runNode, type ContentCopy, type Run } from '../helpers/node.ts';
import { NOTITLE } from './new/practice/no-headline.ts';
import { SENDOFF_FIRST, SENDOFF_REST } from './new/practice/sendoff.ts';
import { TWO } from './new/practice/two-groups.ts';
import { WASTE, WASTE_CANCELLED } from './new/practice/waste.ts';

const script = join(PROJECT_ROOT, 'scripts', 'new.ts');

/** Run npm run new on `copy`, typing `answers`; the draft goes to the copy's folder. */
const typed = (copy: ContentCopy, answers: readonly string[]): Promise<Run> =>
  runNode([script, `--content=${copy.content}`], {
    input: `${answers.join('\n')}\n`,
    env: { TMPDIR: copy.dir },
  });

/** Type `answers`, wait for `prompt`, then press Ctrl+C (SIGINT). */
function interrupted(copy: ContentCopy, answers: readonly string[], prompt: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, `--content=${copy.content}`], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, TMPDIR: copy.dir },
      timeout: 30_000,
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (stdout.includes(prompt) && !child.killed) child.kill('SIGINT');
    });
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr: '' }));
    child.stdin.write(`${answers.join('\n')}\n`);
  });
}

const read = (copy: ContentCopy, path: string): string =>
  readFileSync(join(copy.content, path), 'utf8');
const drafts = (copy: ContentCopy): string[] =>
  readdirSync(copy.dir).filter((f) => f.startsWith('jejak-new-isian-'));
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

const NAMES = ['waste', 'two', 'notitle', 'sendoff', 'cancel', 'ctrlc'] as const;
const copies = Object.fromEntries(NAMES.map((n) => [n, copyContent()])) as Record<
  (typeof NAMES)[number],
  ContentCopy
>;
const empty: Run = { status: null, stdout: '', stderr: '' };
const runs = {
  waste: empty,
  two: empty,
  notitle: empty,
  sendoffFirst: empty,
  sendoffRest: empty,
  cancel: empty,
  ctrlc: empty,
  declined: empty,
};
let draftAfterStop: string[] = [];
let draftAfterCtrlC: string[] = [];

describe('npm run new, answered line by line', () => {
  // Cold Node starts are the slow part: independent sessions run together.
  beforeAll(async () => {
    [runs.waste, runs.two, runs.notitle, runs.sendoffFirst, runs.cancel, runs.ctrlc] =
      await Promise.all([
        typed(copies.waste, WASTE.answers),
        typed(copies.two, TWO.answers),
        typed(copies.notitle, NOTITLE.answers),
        typed(copies.sendoff, SENDOFF_FIRST),
        typed(copies.cancel, WASTE_CANCELLED),
        interrupted(copies.ctrlc, SENDOFF_FIRST.slice(0, 6), 'Alamat web asli'),
      ]);
    draftAfterStop = drafts(copies.sendoff);
    draftAfterCtrlC = drafts(copies.ctrlc);
    [runs.sendoffRest, runs.declined] = await Promise.all([
      typed(copies.sendoff, SENDOFF_REST),
      typed(copies.ctrlc, ['n']),
    ]);
  }, 90_000);
  afterAll(() => Object.values(copies).forEach((c) => c.cleanup()));

  it('goes on to the cohort and the claim after a new outlet, and what it writes passes the check', () => {
    const { waste } = copies;
    expect(runs.waste.stderr).toBe('');
    expect(runs.waste.status).toBe(0);
    expect(runs.waste.stdout).toContain('— Angkatan baru (new cohort) —');
    expect(read(waste, 'articles/2024-10-kabar-contoh-waste-management.md')).toContain(
      'outlet: kabar-contoh\n',
    );
    expect(read(waste, 'cohorts/2024-10-waste-management.yaml')).toContain('count: 12');
    expect(read(waste, 'claims/2024-10-400-peserta-sejak-2016.yaml')).toContain('value: 400');
    expect(runCheck(PROJECT_ROOT, waste.content).problems).toEqual([]);
  });

  it('reads dates as people write them, says how it read them, and refuses a wrong weekday', () => {
    const out = `${runs.waste.stdout}${runs.sendoffFirst.stdout}`;
    expect(out).toContain(
      '✗ "Selasa 14 Oktober 2024": 14 Oktober 2024 jatuh pada hari Senin, bukan Selasa.',
    );
    expect(out).toContain('Dibaca sebagai: Senin, 14 Oktober 2024 (2024-10-14)');
    expect(out).toContain(
      'Dibaca sebagai: Senin, 7 Oktober 2024 – Jumat, 11 Oktober 2024 (2024-10-07 – 2024-10-11)',
    );
    expect(out).toContain('Dibaca sebagai: Jumat, 4 Oktober 2024 (2024-10-04)');
    expect(out).toContain('3-2-2025\n  Dibaca sebagai: Senin, 3 Februari 2025 (2025-02-03)');
    const cohort = read(copies.waste, 'cohorts/2024-10-waste-management.yaml');
    expect(cohort).toContain('start: 2024-10-07\n  end: 2024-10-11\n');
    expect(cohort).toContain('date: 2024-10-04\n');
  });

  it('removes the site furniture and lists it, and asks about each photo caption', () => {
    expect(runs.waste.stdout).toMatch(
      /dibuang karena bukan bagian artikel.*\n(?: {2}- .*\n)*? {2}- Baca: Pemkot Jambi Tambah Armada Angkutan Sampah\n/,
    );
    expect(runs.waste.stdout).toContain(
      'Keterangan foto (photo caption): «Foto: Peserta pelatihan berfoto bersama di Singapura. (Humas)»',
    );
    const waste = read(copies.waste, 'articles/2024-10-kabar-contoh-waste-management.md');
    for (const gone of [
      'Laporan wartawan',
      'Foto:',
      'Baca:',
      'BACA JUGA',
      'Google News',
      'Editor:',
    ])
      expect(waste).not.toContain(gone);
    const two = read(copies.two, 'articles/2025-02-antara-smart-city-cybersecurity.md');
    expect(two).toContain('\n\nKeterangan foto: Rombongan ASN berfoto di Balai Kota Jambi.\n\n');
    expect(two).not.toContain('Simak berita lainnya');
    expect(two).not.toContain('Penulis:');
    expect(runCheck(PROJECT_ROOT, copies.two.content).problems).toEqual([]);
  });

  it('asks for the article fields the guide relies on', () => {
    const article = read(
      copies.notitle,
      'articles/2025-03-contoh-latihan-kemitraan-pemkot-jambi.md',
    );
    expect(article).toContain('title_basis: address\n');
    expect(article).toContain(
      'published: 2025-03\npublished_note: Halaman hanya menyebut bulan terbit.\n',
    );
    expect(article).toContain('kind: news\nreporter: Rina\ncapture: partial\n');
    const waste = read(copies.waste, 'articles/2024-10-kabar-contoh-waste-management.md');
    expect(waste).toContain('reporter: Dewi Lestari\neditor: Rudi Hartono\n');
    expect(runCheck(PROJECT_ROOT, copies.notitle.content).problems).toEqual([]);
  });

  it('records several cohorts and claims in one session, each shown for review before writing', () => {
    const out = runs.two.stdout ?? '';
    expect(runs.two.status).toBe(0);
    expect(out.indexOf('— Tinjauan (review)')).toBeLessThan(out.indexOf('Berkas yang ditulis:'));
    expect(out).toContain(
      '→ participants.contoh-university-lecturers (jumlah contoh-university-lecturers)',
    );
    const written = files(join(copies.two.content, 'cohorts')).concat(
      files(join(copies.two.content, 'claims')),
    );
    expect(written).toEqual(
      expect.arrayContaining([
        '2025-03-smart-city-cybersecurity-contoh-city-partnership-programme.yaml',
        '2025-03-public-service.yaml',
        '2025-02-200-peserta-5-tahun.yaml',
        '2025-02-12-angkatan-sejak-2016.yaml',
      ]),
    );
  });

  it('adds a term to any vocabulary, with both labels and its words, keeping the file as it was', () => {
    const added = {
      two: [
        ['programmes', 'contoh-city-partnership-programme:', 'id: Program Kemitraan Kota Contoh'],
        ['places', 'malaysia:', '- Kuala Lumpur'],
        ['participant-groups', 'contoh-university-lecturers:', 'en: Contoh University lecturers'],
      ],
      waste: [
        ['outlets', 'kabar-contoh:', 'en: Kabar Contoh'],
        ['themes', 'waste-management:', '- pengelolaan sampah'],
      ],
    } as const;
    for (const [copy, terms] of [
      [copies.two, added.two],
      [copies.waste, added.waste],
    ] as const)
      for (const [vocabulary, key, line] of terms) {
        const before = readFileSync(
          join(REAL_CONTENT, 'vocabularies', `${vocabulary}.yaml`),
          'utf8',
        );
        const after = read(copy, `vocabularies/${vocabulary}.yaml`);
        expect(after.startsWith(before), vocabulary).toBe(true);
        expect(after.slice(before.length)).toMatch(new RegExp(`^${key}\\n[^]*${line}`, 'u'));
      }
  });

  it('tags a quote only with what it states: a send-off sentence never supports the status', () => {
    const sendoff = read(copies.sendoff, 'cohorts/2025-02-public-service.yaml');
    expect(sendoff).toContain('supports: [programme, theme, period, place, status]');
    expect(sendoff).toContain(
      'supports: [participants.asn-kota-jambi, sendoff.date, sendoff.place, sendoff.by]',
    );
    const held = read(copies.waste, 'cohorts/2024-10-waste-management.yaml');
    expect(held).toMatch(/telah menyelesaikan[^]*?supports: \[[^\]]*status\]/u);
    expect(held).toMatch(
      /dilepas oleh[^]*?supports: \[sendoff\.date, sendoff\.place, sendoff\.by\]/u,
    );
    expect(runCheck(PROJECT_ROOT, copies.sendoff.content).problems).toEqual([]);
  });

  it('keeps the answers when the input ends, and offers them at the next start', () => {
    expect(runs.sendoffFirst.status).toBe(1);
    expect(runs.sendoffFirst.stdout).toContain('isian disimpan di ');
    expect(draftAfterStop).toEqual([
      expect.stringMatching(/^jejak-new-isian-[0-9a-f]{12}\.json$/u),
    ]);
    const rest = runs.sendoffRest.stdout ?? '';
    expect(rest).toContain('Lanjutkan isian sebelumnya? (y/n) [y]: y');
    // Taken up where it stopped: the article and the theme are not asked again.
    expect(rest).not.toContain('Judul, persis seperti diterbitkan');
    expect(rest).not.toContain('Tema pelatihan:');
    expect(runs.sendoffRest.status).toBe(0);
    expect(drafts(copies.sendoff)).toEqual([]);
  });

  it('keeps the answers on Ctrl+C, and starts afresh when they are declined', () => {
    expect(runs.ctrlc.status).toBe(130);
    expect(runs.ctrlc.stdout).toContain(
      'Dihentikan: tidak ada berkas yang ditulis; isian disimpan',
    );
    expect(draftAfterCtrlC).toHaveLength(1);
    expect(runs.declined.stdout).toContain('Lanjutkan isian sebelumnya? (y/n) [y]: n');
    expect(runs.declined.stdout).toContain('Isian lama dihapus; mulai baru.');
    expect(files(copies.ctrlc.content)).toEqual(files(REAL_CONTENT));
  });

  it('writes nothing when cancelled at the review, and forgets the answers', () => {
    expect(runs.cancel.status).toBe(0);
    expect(runs.cancel.stdout).toContain('Dibatalkan: tidak ada berkas yang ditulis.');
    expect(files(copies.cancel.content)).toEqual(files(REAL_CONTENT));
    expect(drafts(copies.cancel)).toEqual([]);
    expect(read(copies.cancel, 'vocabularies/outlets.yaml')).toBe(
      readFileSync(join(REAL_CONTENT, 'vocabularies', 'outlets.yaml'), 'utf8'),
    );
  });
});
