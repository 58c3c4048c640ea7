/**
 * Aggregate claims in the synthetic corpus: the three kinds of sentence the
 * real sources use ("N ASN in the last W years", "more than N since Y",
 * "K cohorts so far"), each written as a claim record citing the sentence,
 * and news items made of one or two such claims.
 */
import { parts } from './calendar.ts';
import { CITY } from './city.ts';
import { fillerParagraph } from './text.ts';
import type { CorpusWriter } from './writer.ts';

/** A claim stated in an article published on `published`; returns its paragraph. */
export function claim(
  g: CorpusWriter,
  articleId: string,
  published: string,
  seq: string,
  kind = g.random.int(0, 2),
): string {
  const r = g.random;
  const [year] = parts(published);
  const id = `${published}-klaim-${seq}`;
  let quote: string;
  let data: Record<string, unknown>;
  if (kind === 0) {
    const w = r.int(2, 5);
    const v = r.int(5, 40) * 10;
    quote = `Dalam kurun waktu ${w} tahun terakhir, ${CITY.name} telah mengirimkan ${v} orang ASN untuk mengikuti Singapore Cooperation Programme (SCP) di Singapura.`;
    data = {
      metric: 'participants',
      value: v,
      qualifier: 'exact',
      made_on: published,
      scope: { programme: 'scp', place: 'singapore', window_years: w },
      statement: {
        id: `Dalam ${w} tahun terakhir, ${v} ASN dikirim ke SCP di Singapura.`,
        en: `In the last ${w} years, ${v} civil servants were sent to the SCP in Singapore.`,
      },
      sources: [
        {
          article: articleId,
          quote,
          supports: ['value', 'scope.programme', 'scope.place', 'scope.window_years'],
        },
      ],
    };
  } else if (kind === 1) {
    const since = r.int(Math.max(2010, year - 8), year - 1);
    const v = r.int(5, 40) * 10;
    quote = `Sejak tahun ${since}, lebih dari ${v} ASN ${CITY.governmentShort} telah mengikuti pelatihan di Singapura.`;
    data = {
      metric: 'participants',
      value: v,
      qualifier: 'more-than',
      made_on: published,
      scope: { place: 'singapore', since: String(since) },
      statement: {
        id: `Sejak ${since}, lebih dari ${v} ASN dilatih di Singapura.`,
        en: `Since ${since}, more than ${v} civil servants have trained in Singapore.`,
      },
      sources: [
        {
          article: articleId,
          quote,
          supports: ['value', 'qualifier', 'scope.since', 'scope.place'],
        },
      ],
    };
  } else {
    const k = r.int(3, 25);
    quote = `Untuk program SCP sendiri, ${CITY.governmentShort} telah memberangkatkan sebanyak ${k} angkatan ASN untuk belajar ke Singapura.`;
    data = {
      metric: 'cohorts',
      value: k,
      qualifier: 'exact',
      made_on: published,
      scope: { programme: 'scp' },
      statement: {
        id: `${CITY.governmentShort} telah mengirim ${k} angkatan SCP.`,
        en: `The city has sent ${k} SCP cohorts.`,
      },
      sources: [{ article: articleId, quote, supports: ['value', 'scope.programme'] }],
    };
  }
  g.record('claims', id, data);
  return `${quote} ${fillerParagraph(r)}`;
}

/** A news item stating one or two claims. */
export function claimStory(g: CorpusWriter): void {
  const r = g.random;
  const published = g.day(g.year());
  const seq = g.nextSeq();
  const articleId = `${published}-klaim-berita-${seq}`;
  const kind = r.int(0, 2);
  const key = [claim(g, articleId, published, seq, kind)];
  // A second claim of another kind, so that no quote occurs twice.
  if (r.chance(0.3)) key.push(claim(g, articleId, published, g.nextSeq(), (kind + 1) % 3));
  g.article({
    id: articleId,
    published,
    title: `${CITY.governmentShort} Terus Kirim ASN Belajar ke Singapura`,
    outlet: g.originalOutlet(),
    kind: 'news',
    key,
    summary: {
      id: 'Berita tentang jumlah ASN yang telah dikirim ke pelatihan di Singapura.',
      en: 'A news item on how many civil servants have been sent to training in Singapore.',
    },
  });
}
