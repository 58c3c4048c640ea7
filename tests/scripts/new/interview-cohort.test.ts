import { describe, expect, it } from 'vitest';
import { planSession } from '../../../scripts/new/build.ts';
import { askCohort } from '../../../scripts/new/interview-cohort.ts';
import { sourceOf, type Interview } from '../../../scripts/new/interview-context.ts';
import type { Answers } from '../../../scripts/new/options.ts';
import { startSession } from '../../../scripts/new/session.ts';
import { useCorpora } from '../../helpers/corpus.ts';
import { scaffoldEnv, scripted } from '../../helpers/scaffold.ts';
import { SENDOFF } from './practice/sendoff.ts';

const corpus = useCorpora();

/** The send-off release as the session's article, and a new cohort answered with `answers`. */
async function cohort(
  answers: readonly string[],
): Promise<{ it: Interview; a: Answers; text: string }> {
  const io = scripted(answers);
  const session = startSession(
    {
      'article-title': SENDOFF.title,
      outlet: 'diskominfo-kota-jambi',
      published: '2025-02-03',
      'summary-id': 'Contoh latihan.',
      'summary-en': 'Practice example.',
    },
    SENDOFF.text,
  );
  const a: Answers = { cohort: 'new' };
  session.records.push({ kind: 'cohort', done: false, answers: a });
  const it: Interview = { io, env: scaffoldEnv(corpus()), session };
  await askCohort(it, a, sourceOf(it));
  return { it, a, text: io.transcript.join('\n') };
}

const SENDOFF_SENTENCE =
  'Wali Kota Jambi melepas 18 orang ASN Pemkot Jambi di Rumah Dinas Wali Kota, Senin (3/2).';

describe('askCohort', () => {
  it('offers no sentence for a held status that only a send-off states, and refuses one typed in', async () => {
    const { it, text } = await cohort([
      '', // scp
      '2', // public-service
      '',
      '5 hingga 9 Februari 2025',
      '1', // held: what the release does not say
      '',
      '',
      '18',
      't',
      'Senin 3 Februari 2025',
      'Rumah Dinas Wali Kota',
      'Wali Kota Jambi',
      '1', // programme, theme, period, place
      '0', // status: one's own quote…
      SENDOFF_SENTENCE, // …the send-off sentence, refused
      '', // none after all
      '1', // the count and the send-off
    ]);
    expect(text).toContain(
      'Kutipan untuk status = held (kalimat seperti "telah mengikuti", "menyelesaikan", "usai"):\n  (tidak ada kalimat yang menyebut nilai ini',
    );
    expect(text).toContain('✗ Kutipan ini ada di artikel, tetapi tidak menyebut status = held');
    expect(text).toContain('⚠ status tanpa kutipan: npm run check akan memintanya.');
    const plan = planSession(it.session, it.env);
    const written = plan.changes.find((c) => c.what === 'cohort')?.text ?? '';
    expect(written).toContain(
      'supports: [participants.asn-kota-jambi, sendoff.date, sendoff.place, sendoff.by]',
    );
    expect(written).not.toMatch(/supports: \[.*status/u);
  });

  it('drops an optional value that no quote states, when the editor agrees', async () => {
    const { a, text } = await cohort([
      '',
      '2',
      '',
      '5 hingga 9 Februari 2025',
      '', // planned
      '',
      'Lembaga Contoh', // a host the release does not name
      '18',
      't',
      '', // no send-off
      '1', // programme, theme, status, period, place
      '', // no quote for the host
      '1', // the count
      'y', // so the host goes
    ]);
    expect(text).toContain('! host tidak didukung kutipan mana pun. Hapus nilai ini dari berkas?');
    expect(a.host).toBe('');
    expect(a.quote).toHaveLength(2);
  });
});
