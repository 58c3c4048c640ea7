import { describe, expect, it } from 'vitest';
import { planSession } from '../../../scripts/new/build.ts';
import { askClaim } from '../../../scripts/new/interview-claim.ts';
import { sourceOf, type Interview } from '../../../scripts/new/interview-context.ts';
import type { Answers } from '../../../scripts/new/options.ts';
import { startSession } from '../../../scripts/new/session.ts';
import { useCorpora } from '../../helpers/corpus.ts';
import { scaffoldEnv, scripted } from '../../helpers/scaffold.ts';
import { ABROAD } from '../../practice/releases/abroad.ts';

const corpus = useCorpora();

/** The practice release of a course held in the city as the session's article, and a claim answered with `answers`. */
async function claim(
  answers: readonly string[],
): Promise<{ it: Interview; a: Answers; text: string }> {
  const io = scripted(answers);
  const session = startSession(
    {
      'article-title': ABROAD.title,
      outlet: 'diskominfo-kota-jambi',
      published: '2024-11-08',
      'summary-id': 'Contoh latihan.',
      'summary-en': 'Practice example.',
    },
    ABROAD.text,
  );
  const a: Answers = {};
  session.records.push({ kind: 'claim', done: false, answers: a });
  const it: Interview = { io, env: scaffoldEnv(corpus()), session };
  await askClaim(it, a, sourceOf(it));
  return { it, a, text: io.transcript.join('\n') };
}

describe('askClaim', () => {
  it('offers "abroad" as the place of a claim of staff sent abroad, and quotes it', async () => {
    const { it, a, text } = await claim([
      '1', // participants
      '38',
      '', // exact
      '1', // scp
      '3', // abroad
      '',
      'Maret 2024',
      '',
      'Sejak Maret 2024, 38 ASN dikirim ke luar negeri.',
      'Since March 2024, 38 civil servants were sent abroad.',
      '1', // the sentence that says "ke luar negeri"
    ]);
    expect(text).toContain(
      'Tempat yang dicakup:\n  1) singapore — Singapura / Singapore\n  2) jambi — Kota Jambi / Jambi City\n  3) abroad — luar negeri',
    );
    expect(a['claim-place']).toBe('abroad');
    expect(text).toContain('→ value, scope.programme, scope.place, scope.since');
    const plan = planSession(it.session, it.env);
    expect(plan.errors).toEqual([]);
    const written = plan.changes.find((c) => c.what === 'claim')?.text ?? '';
    expect(written).toContain('scope:\n  programme: scp\n  place: abroad\n  since: 2024-03\n');
    expect(written).toContain('supports: [value, scope.programme, scope.place, scope.since]');
  });

  it('reads a window and a start typed in words, and says how it read them', async () => {
    const { it, a, text } = await claim([
      '1', // participants
      '38',
      '', // exact
      '1', // scp
      '3', // abroad
      'dua dekade',
      'sejak Maret 2024',
      '',
      'Contoh latihan.',
      'Practice example.',
      '1',
    ]);
    expect(text).toContain('Dibaca sebagai: 20 tahun terakhir (dua dekade)');
    expect(text).toContain('Dibaca sebagai: sejak Maret 2024 (2024-03)');
    // The practice text states the start but no window: only the start is kept.
    expect(a['claim-since']).toBe('2024-03');
    const written = planSession(it.session, it.env).changes.find((c) => c.what === 'claim');
    expect(written?.text).toContain('since: 2024-03');
  });

  it('asks again when the window cannot be read, saying how to write it', async () => {
    const { text } = await claim([
      '1',
      '38',
      '',
      '1',
      '3',
      'beberapa tahun',
      'satu dasawarsa',
      '2016',
    ]);
    expect(text).toContain('"beberapa tahun": jumlah tahun ini tidak terbaca.');
    expect(text).toContain('Dibaca sebagai: 10 tahun terakhir (satu dasawarsa)');
    expect(text).toContain('Dibaca sebagai: tahun 2016 (2016)');
  });
});
