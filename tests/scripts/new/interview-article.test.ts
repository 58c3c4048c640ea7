/**
 * The article questions of npm run new: a publication date that is not
 * known is answered "tidak tahu", and the interview then asks what bounds
 * it, each a whole date, said back as read; the day the text was copied is
 * asked with today as the default.
 */
import { describe, expect, it } from 'vitest';
import { askNewArticle } from '../../../scripts/new/interview-article.ts';
import { sourceOf, type Interview } from '../../../scripts/new/interview-context.ts';
import { startSession } from '../../../scripts/new/session.ts';
import { useCorpora } from '../../helpers/corpus.ts';
import { PRACTICE_TEXT, PRACTICE_TITLE } from '../../helpers/practice.ts';
import { scaffoldEnv, scripted } from '../../helpers/scaffold.ts';

const corpus = useCorpora();

async function article(answers: readonly string[]) {
  const io = scripted(answers);
  const session = startSession(
    {
      'article-title': PRACTICE_TITLE,
      'title-basis': 'headline',
      outlet: 'diskominfo-kota-jambi',
      'summary-id': 'Contoh latihan.',
      'summary-en': 'Practice example.',
    },
    PRACTICE_TEXT,
  );
  const it: Interview = { io, env: { ...scaffoldEnv(corpus()), today: '2024-06-12' }, session };
  await askNewArticle(it);
  return { a: session.article, text: io.transcript.join('\n'), source: sourceOf(it) };
}

describe('askNewArticle: a publication date that is not known', () => {
  it('takes "tidak tahu", then asks for the first and the last possible day', async () => {
    const { a, text, source } = await article([
      'tidak tahu',
      '7 Juni 2024', // the first possible day: the send-off
      'Juni 2024', // a month is refused here…
      '30 Juni 2024', // …a whole date is taken
      '', // no note
      '', // address not known
      '', // press-release
      '', // no reporter
      '', // no editor
      '', // complete
      '', // copied today
    ]);
    expect(a.published).toBe('unknown');
    expect(a['published-after']).toBe('2024-06-07');
    expect(a['published-before']).toBe('2024-06-30');
    expect(text).toContain('Dibaca sebagai: tidak diketahui (unknown)');
    expect(text).toContain('Terbit paling awal tanggal berapa?');
    expect(text).toContain('di sini perlu tanggal lengkap (hari, bulan dan tahun)');
    expect(source?.publication).toEqual({
      published: 'unknown',
      published_after: '2024-06-07',
      published_before: '2024-06-30',
    });
    // "(7/6)" is read in 2024, the year both bounds share.
    expect(source?.ctx).toEqual({ year: 2024 });
  });

  it('says "tidak tahu" is an answer when a date cannot be read', async () => {
    const { text } = await article(['kemarin lusa', '2024-06-07', '', '', '', '', '', '']);
    expect(text).toContain('Bila tidak diketahui sama sekali, tulis "tidak tahu".');
  });
});

describe('askNewArticle: the day the text was copied', () => {
  /** Answers up to the copy-day question, for a dated article. */
  const upToCopyDay = ['7 Juni 2024', '', '', '', '', '', ''];

  it('takes today on Enter, since the editor is copying the text now', async () => {
    const { a, text } = await article([...upToCopyDay, '']);
    expect(a.captured).toBe('2024-06-12');
    expect(text).toContain('Tanggal teks ini disalin dari halamannya');
    expect(text).toContain('[2024-06-12]: ');
  });

  it('reads a day as other date answers are read, refuses a month alone, and takes "tidak tahu"', async () => {
    const typed = await article([...upToCopyDay, 'Juni 2024', 'Senin, 10 Juni 2024']);
    expect(typed.a.captured).toBe('2024-06-10');
    expect(typed.text).toContain('di sini perlu tanggal lengkap (hari, bulan dan tahun)');
    expect(typed.text).toContain('Dibaca sebagai: Senin, 10 Juni 2024');
    const unknown = await article([...upToCopyDay, 'tidak tahu']);
    expect(unknown.a.captured).toBe('unknown');
  });
});
