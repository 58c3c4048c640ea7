/**
 * The review at the end of the interview: every file the session would
 * write, summed up (./review.ts), then a choice — write; change the article,
 * a cohort or a claim (asked again with the earlier answers as defaults);
 * remove one; add another; or cancel. Nothing is written from here: the
 * result says what to do with the plan. When the input ends, the session
 * stops unwritten (and is kept as a draft by whoever runs the interview).
 */
import { askChoice, askYesNo, type Option } from './ask.ts';
import { planSession } from './build.ts';
import type { Interview } from './interview-context.ts';
import { addRecords, askRecord, redoArticle } from './interview-records.ts';
import type { Plan } from './plan.ts';
import { formatReview } from './review.ts';
import type { RecordAnswers } from './session.ts';

export interface Reviewed {
  plan: Plan;
  /** write the plan; cancelled by the editor; stopped because the input ended. */
  outcome: 'write' | 'cancel' | 'stopped';
}

/** A record as the review lists it. */
function recordLabel(r: RecordAnswers): string {
  const a = r.answers;
  if (r.kind === 'claim') return `klaim: ${a['claim-metric'] ?? '?'} ${a['claim-value'] ?? '?'}`;
  if (a.cohort === 'new') return `angkatan baru: ${a.theme ?? '?'}, ${a.start ?? '?'}`;
  return `sumber untuk angkatan ${a.cohort ?? '?'}`;
}

/** One of the session's records, chosen by number (the only one without asking). */
async function pickRecord(it: Interview, question: string): Promise<RecordAnswers | undefined> {
  const { records } = it.session;
  if (records.length <= 1) return records[0];
  const options = records.map((r, i) => ({ value: String(i), label: recordLabel(r) }));
  const i = await askChoice(it.io, question, options);
  return i === undefined ? undefined : records[Number(i)];
}

/** The choices after the summary, always the same six, so that their numbers can be learnt. */
const CHOICES: Option[] = [
  { value: 'write', label: 'tulis berkas-berkas ini (write these files)' },
  { value: 'article', label: 'ubah artikel (change the article)' },
  { value: 'change', label: 'ubah angkatan atau klaim (change a cohort or claim)' },
  { value: 'remove', label: 'hapus angkatan atau klaim (remove a cohort or claim)' },
  { value: 'add', label: 'tambah angkatan atau klaim (add a cohort or claim)' },
  { value: 'cancel', label: 'batal: jangan tulis apa pun (cancel: write nothing)' },
];

/** Why a choice cannot be taken now, if it cannot. */
function unavailable(it: Interview, plan: Plan, choice: string): string | undefined {
  if (choice === 'write' && plan.errors.length > 0)
    return 'Belum dapat ditulis: perbaiki dulu masalah di atas (pilih 2, 3 atau 4). (Fix the problems above first.)';
  if (choice === 'write' && plan.changes.length === 0)
    return 'Tidak ada berkas untuk ditulis. (There is no file to write.)';
  if ((choice === 'change' || choice === 'remove') && it.session.records.length === 0)
    return 'Belum ada angkatan atau klaim. (There is no cohort or claim yet.)';
  return undefined;
}

/** Review the session until it is written, cancelled or stopped. */
export async function reviewSession(it: Interview): Promise<Reviewed> {
  const { io, session } = it;
  session.reviewing = true;
  for (;;) {
    const plan = planSession(session, it.env);
    io.say(formatReview(it.env.root, plan));
    const ready = unavailable(it, plan, 'write') === undefined;
    const choice = await askChoice(io, '\nLanjut? (what next?)', CHOICES, {
      fallback: ready ? 'write' : undefined,
    });
    if (choice === undefined) continue;
    const refused = unavailable(it, plan, choice);
    if (refused) {
      io.say(`  ✗ ${refused}`);
      continue;
    }
    if (choice === 'write') return { plan, outcome: 'write' };
    if (choice === 'cancel') {
      if (await askYesNo(io, 'Yakin batal? Semua isian sesi ini dibuang.', false))
        return { plan, outcome: 'cancel' };
    } else if (choice === 'article') await redoArticle(it);
    else if (choice === 'add') await addRecords(it);
    else {
      const record = await pickRecord(
        it,
        choice === 'change' ? 'Yang mana diubah?' : 'Yang mana dihapus?',
      );
      if (!record) continue;
      if (choice === 'remove') {
        if (await askYesNo(io, `Hapus ${recordLabel(record)}?`, false))
          session.records.splice(session.records.indexOf(record), 1);
      } else {
        const prev = record.answers;
        record.answers = prev.cohort === 'new' ? { cohort: 'new' } : {};
        record.done = false;
        await askRecord(it, record, prev);
      }
    }
  }
}
