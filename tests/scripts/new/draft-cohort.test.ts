/**
 * A cohort whose training dates the release does not give: npm run new
 * writes `period: unknown` with the month of the send-off, suggests
 * announced, names the file by the send-off month, and refuses held.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { buildPlan } from '../../../scripts/new/build.ts';
import { askCohort } from '../../../scripts/new/interview-cohort.ts';
import { sourceOf, type Interview } from '../../../scripts/new/interview-context.ts';
import { parseFlags } from '../../../scripts/new/options.ts';
import { startSession } from '../../../scripts/new/session.ts';
import { applyPlan } from '../../../scripts/new/write.ts';
import { useCorpora } from '../../helpers/corpus.ts';
import { scaffoldEnv, scripted } from '../../helpers/scaffold.ts';

const corpus = useCorpora();

const TITLE = 'Contoh latihan: 20 ASN Pemkot Jambi Akan Belajar Pelayanan Publik di Singapura';
/** Contoh latihan: an announcement that gives the month of the send-off and no training dates. */
const TEXT = `${TITLE}
JAMBI – Sebanyak 20 orang ASN Pemkot Jambi akan dilepas pada Juli 2024 untuk mengikuti pelatihan Singapore Cooperation Programme (SCP) bertema "Public Service" di Singapura.
Jadwal pelatihannya belum ditetapkan oleh penyelenggara.
`;

const FLAGS = [
  `--article-title=${TITLE}`,
  '--outlet=diskominfo-kota-jambi',
  '--published=2024-06-10',
  '--summary-id=Contoh latihan.',
  '--summary-en=Practice example.',
  '--cohort=new',
  '--theme=public-service',
  '--start=unknown',
  '--participants=20',
  '--sendoff-date=2024-07',
  '--auto-quotes',
  '--yes',
];

describe('a new cohort without training dates', () => {
  it('is written with period: unknown and the send-off month, as announced, and passes the check', () => {
    const c = corpus();
    const plan = buildPlan(parseFlags(FLAGS), TEXT, scaffoldEnv(c));
    expect(plan.errors).toEqual([]);
    const cohort = plan.changes.find((x) => x.what === 'cohort');
    expect(cohort?.path).toMatch(/cohorts\/2024-07-public-service\.yaml$/);
    expect(cohort?.text).toContain('status: announced\nperiod: unknown\n');
    expect(cohort?.text).toContain('sendoff:\n  date: 2024-07\n');
    expect(cohort?.text).toContain('Sumber tidak menyebut tanggal pelatihan.');
    expect(plan.todo.map((t) => t.item.id).join('\n')).toContain('period: unknown — tulis start');
    expect(applyPlan(plan, c.root)).toEqual([]);
    expect(runCheck(c.root).problems).toEqual([]);
  });

  it('refuses status held, in the check’s words', () => {
    const plan = buildPlan(parseFlags([...FLAGS, '--status=held']), TEXT, scaffoldEnv(corpus()));
    expect(plan.errors.map((e) => e.id)).toContain(
      'Angkatan berstatus held (terlaksana) harus memiliki tanggal pelatihan; period: unknown hanya untuk angkatan planned atau announced. Tulis period dengan start (dan end) dari sumber yang melaporkan pelatihan itu. Bila tidak ada sumber yang menyebut tanggalnya, angkatan ini belum dapat dicatat sebagai held: tulis status: announced (atau planned).',
    );
    expect(plan.changes.filter((x) => x.what === 'cohort')).toEqual([]);
  });

  it('takes "tidak tahu" for the start in the interview and offers no held status', async () => {
    const io = scripted([
      '', // scp
      '2', // public-service
      '', // no course name
      'tidak tahu',
      '', // announced, as suggested
      '', // singapore
      '', // no host
      '20',
      't', // no other group
      'Juli 2024', // the send-off month
      '', // no place
      '', // no one named
    ]);
    const session = startSession(
      {
        'article-title': TITLE,
        outlet: 'diskominfo-kota-jambi',
        published: '2024-06-10',
      },
      TEXT,
    );
    // Quotes are picked by the plan (--auto-quotes), so the interview asks none.
    const a = { cohort: 'new', 'auto-quotes': true };
    session.records.push({ kind: 'cohort', done: false, answers: a });
    const it: Interview = { io, env: scaffoldEnv(corpus()), session };
    await askCohort(it, a, sourceOf(it));
    const text = io.transcript.join('\n');
    expect(a).toMatchObject({ start: 'unknown', status: 'announced', 'sendoff-date': '2024-07' });
    expect(text).toContain('hanya dapat berstatus planned atau announced');
    expect(text).not.toContain('held — sudah berlangsung');
  });
});
