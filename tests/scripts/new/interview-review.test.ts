import { describe, expect, it } from 'vitest';
import { interview } from '../../../scripts/new/interview.ts';
import { startSession } from '../../../scripts/new/session.ts';
import { useCorpora } from '../../helpers/corpus.ts';
import { PRACTICE_ANSWERS } from '../../helpers/practice.ts';
import { scaffoldEnv, scripted } from '../../helpers/scaffold.ts';

const corpus = useCorpora();
/** The worked example up to its review (the last answer, "write", left out). */
const TO_REVIEW = PRACTICE_ANSWERS.slice(0, -1);
/** The worked example's article only, then nothing more. */
const ARTICLE_ONLY = PRACTICE_ANSWERS.slice(0, PRACTICE_ANSWERS.indexOf('1', 20));

describe('the review', () => {
  it('asks a record again with its earlier answers as defaults, and removes one when confirmed', async () => {
    const io = scripted([
      ...TO_REVIEW,
      '3', // change…
      '2', // …the claim, keeping every answer
      ...Array<string>(10).fill(''),
      '4', // remove…
      '2', // …the claim
      'y',
      '1', // write
    ]);
    const { plan, outcome } = await interview(io, startSession({}), scaffoldEnv(corpus()));
    const text = io.transcript.join('\n');
    expect(text).toContain('Angkanya [350]: ');
    expect(text).toContain(
      '"Sejak …": tahun atau tanggal, mis. 2016 atau "sejak Maret 2024" (Enter = tidak disebut) [2016]: ',
    );
    expect(text.match(/— Tinjauan \(review\)/gu)).toHaveLength(3);
    expect(text).toContain('  ✓ value: sudah didukung kutipan 1');
    expect(outcome).toBe('write');
    expect(plan.changes.map((c) => c.what)).toEqual(['article', 'vocabulary', 'cohort']);
  });

  it('asks the article again with its answers as defaults, keeping the text when told', async () => {
    const env = scaffoldEnv(corpus());
    const first = await interview(scripted(PRACTICE_ANSWERS), startSession({}), env);
    const io = scripted([
      ...TO_REVIEW,
      '2', // change the article
      ...Array<string>(8).fill(''), // the same answers, up to the kind
      't', // the text as it is
      ...Array<string>(6).fill(''), // reporter, editor, complete, copy day, summaries
      '1',
    ]);
    const { plan } = await interview(io, startSession({}), env);
    const text = io.transcript.join('\n');
    expect(text).toContain(
      'Judul, persis seperti diterbitkan [Contoh latihan: 30 ASN Pemkot Jambi Belajar Perencanaan Kota di Singapura]: ',
    );
    expect(text).toContain('Teks siaran pers sudah ada (5 paragraf). Tempel ulang? (y/t) [t]: t');
    expect(plan.changes.map((c) => c.text)).toEqual(first.plan.changes.map((c) => c.text));
  });

  it('keeps its six choices, and says why one cannot be taken', async () => {
    const io = scripted([...ARTICLE_ONLY, '4', '3', '6', 't', '6', 'y']);
    const session = startSession({});
    const { outcome } = await interview(io, session, scaffoldEnv(corpus()));
    const text = io.transcript.join('\n');
    expect(text).toContain('  6) batal: jangan tulis apa pun (cancel: write nothing)');
    expect(text).toContain('✗ Belum ada angkatan atau klaim. (There is no cohort or claim yet.)');
    expect(text).toContain('Yakin batal? Semua isian sesi ini dibuang. (y/t) [t]: t');
    expect(outcome).toBe('cancel');
  });

  it('stops where the input ends, with every answer so far kept', async () => {
    const io = scripted(TO_REVIEW.slice(0, 40));
    const session = startSession({});
    const { outcome } = await interview(io, session, scaffoldEnv(corpus()));
    expect(outcome).toBe('stopped');
    expect(session.articleDone).toBe(true);
    expect(session.records).toMatchObject([{ kind: 'cohort', done: false }]);
    expect(session.records[0]?.answers).toMatchObject({ start: '2024-06-10', end: '2024-06-14' });
  });
});
