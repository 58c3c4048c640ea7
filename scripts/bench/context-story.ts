/**
 * Articles of the synthetic corpus that report no cohort: context events (a
 * national award dated by its publication, or an agreement dated in its
 * text), and plain news items that no record cites.
 */
import { dateLabel } from '../../src/lib/site/format.ts';
import { MONTHS_ID } from '../../src/lib/text/indonesian.ts';
import { addDays, longDateId, parts } from './calendar.ts';
import { AWARDS } from './cast.ts';
import { CITY, KEYS } from './city.ts';
import type { CorpusWriter } from './writer.ts';

/** An award (dated by publication) or an agreement (dated in the text). */
export function contextStory(g: CorpusWriter): void {
  const r = g.random;
  const seq = g.nextSeq();
  const year = g.year();
  if (r.chance(0.5)) {
    const published = g.day(year);
    const [award, awardEn] = r.pick(AWARDS);
    const articleId = `${published}-penghargaan-${seq}`;
    const quote = `${CITY.government} kembali meraih penghargaan ${award} tingkat nasional pada tahun ini.`;
    g.article({
      id: articleId,
      published,
      title: `${CITY.name} Raih ${award}`,
      outlet: KEYS.pressOffice,
      kind: 'press-release',
      key: [quote],
      summary: {
        id: `${CITY.name} meraih ${award}.`,
        en: `${CITY.name} wins the ${awardEn} award.`,
      },
    });
    g.record('context', `${published}-penghargaan-${seq}`, {
      date: published,
      date_basis: 'publication',
      kind: 'award',
      title: { id: `${CITY.name} meraih ${award}`, en: `${CITY.name} wins the ${awardEn} award` },
      summary: {
        id: 'Penghargaan nasional; tidak dihitung sebagai angkatan.',
        en: 'A national award; never counted as a cohort.',
      },
      sources: [{ article: articleId, quote, supports: ['kind'] }],
    });
  } else {
    const date = g.day(year, 1);
    const published = addDays(date, 1);
    const articleId = `${published}-kerja-sama-${seq}`;
    const [y, m, d] = parts(date);
    const quote = `Penandatanganan nota kesepahaman kerja sama pelatihan aparatur dilaksanakan pada ${longDateId(date)} di Jakarta.`;
    g.article({
      id: articleId,
      published,
      title: 'Nota Kesepahaman Pelatihan Aparatur Ditandatangani',
      outlet: r.pick(['antara', KEYS.localNews]),
      kind: 'news',
      key: [quote],
      summary: {
        id: 'Penandatanganan nota kesepahaman pelatihan aparatur.',
        en: 'Signing of a memorandum of understanding on civil-service training.',
      },
    });
    g.record('context', `${date}-kerja-sama-${seq}`, {
      date,
      kind: 'agreement',
      title: {
        id: `Nota kesepahaman pelatihan aparatur, ${d} ${MONTHS_ID[m - 1]} ${y}`,
        en: `Memorandum on civil-service training, ${dateLabel(date, 'en')}`,
      },
      summary: {
        id: 'Latar kerja sama pelatihan; tidak dihitung sebagai angkatan.',
        en: 'Background to the training cooperation; never counted as a cohort.',
      },
      sources: [{ article: articleId, quote, supports: ['date', 'kind'] }],
    });
  }
}

/** A news item that no record cites. */
export function plainStory(g: CorpusWriter): void {
  const published = g.day(g.year());
  g.article({
    id: `${published}-berita-${g.nextSeq()}`,
    published,
    title: `${CITY.governmentShort} Perkuat Kapasitas Aparatur`,
    outlet: g.originalOutlet(),
    kind: 'news',
    key: [],
    summary: {
      id: 'Berita umum tentang peningkatan kapasitas ASN.',
      en: 'A general news item on civil-service capacity building.',
    },
  });
}
