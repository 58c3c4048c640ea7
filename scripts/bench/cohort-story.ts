/**
 * Cohort stories of the synthetic corpus: a cohort record and the articles
 * that report it, every fact cited from a sentence that occurs in them. A
 * held cohort has a report after the training (often a send-off article
 * before it, sometimes a republication of the report, a host, experts, site
 * visits, a period variant or a claim riding along); a planned cohort has
 * its send-off article; an announced one a single news item.
 */
import { MONTHS_ID } from '../../src/lib/text/indonesian.ts';
import { addDays, daysIn, longDateId, pad, parts } from './calendar.ts';
import { EXPERTS, HOSTS, MAYORS, SENDOFF_PLACES, SITE_VISITS } from './cast.ts';
import { CITY, KEYS } from './city.ts';
import { claim } from './claim-story.ts';
import { PLACES, PROGRAMMES, THEMES, termOf, weights } from './vocabularies.ts';
import type { Citation, CorpusWriter } from './writer.ts';

/** A cohort with status `status` (in year `forcedYear`, else a weighted one) and the articles that report it. */
export function cohortStory(
  g: CorpusWriter,
  status: 'held' | 'planned' | 'announced',
  forcedYear?: number,
): void {
  const r = g.random;
  const seq = g.nextSeq();
  const year = forcedYear ?? g.year();
  const theme = r.weighted(weights(THEMES));
  const programme = r.weighted(weights(PROGRAMMES));
  const place = r.weighted(weights(PLACES));
  const themeTerm = r.pick(termOf(THEMES, theme).terms);
  const themeLabel = termOf(THEMES, theme).label;
  const programmePhrase =
    programme === 'scp'
      ? 'Singapore Cooperation Programme (SCP)'
      : 'program kerja sama Temasek Foundation';
  const placePhrase = place === 'singapore' ? 'Singapura' : CITY.name;
  const n = r.int(12, 40);
  const withUtility = theme === 'water-management' && r.chance(0.5);
  const month = r.int(1, 12);
  const length = r.int(4, 7);
  const startDay = r.int(1, daysIn(year, month) - length + 1);
  const start = `${year}-${pad(month)}-${pad(startDay)}`;
  const end = addDays(start, length - 1);
  const monthName = MONTHS_ID[month - 1] ?? '';
  const range = `${startDay} hingga ${parts(end)[2]} ${monthName} ${year}`;
  const participantsFields = [
    `participants.${KEYS.staff}`,
    ...(withUtility ? [`participants.${KEYS.utility}`] : []),
  ];
  const withWhom = withUtility ? ` beserta jajaran Manajemen ${CITY.utility}` : '';
  const id = `${status === 'announced' ? start.slice(0, 7) : start}-${theme}-${seq}`;
  const sources: Citation[] = [];
  const variants: unknown[] = [];
  const cohort: Record<string, unknown> = {
    programme,
    theme,
    status,
    period: status === 'announced' ? { start: start.slice(0, 7) } : { start, end },
    place,
  };
  const title = `${n} ASN ${CITY.governmentShort} ${status === 'held' ? 'Ikuti' : 'Akan Ikuti'} Pelatihan ${themeLabel.id} di ${placePhrase}`;
  const summary = {
    id: `${n} ASN ${CITY.governmentShort} ${status === 'held' ? 'mengikuti' : 'akan mengikuti'} pelatihan ${themeLabel.id} di ${placePhrase}.`,
    en: `${n} ${CITY.name} civil servants ${status === 'held' ? 'took' : 'will take'} a ${themeLabel.en} course in ${place === 'singapore' ? 'Singapore' : CITY.short}.`,
  };

  if (status === 'announced') {
    const published = addDays(`${start.slice(0, 7)}-01`, -r.int(20, 120));
    const articleId = `${published}-rencana-${seq}`;
    const quote = `${CITY.governmentShort} berencana mengirimkan ${n} ASN${withWhom} untuk mengikuti ${programmePhrase} dengan tema "${themeTerm}" di ${placePhrase} pada bulan ${monthName} ${year}.`;
    sources.push({
      article: articleId,
      quote,
      supports: [...participantsFields, 'programme', 'theme', 'status', 'period', 'place'],
    });
    g.article({
      id: articleId,
      published,
      title,
      outlet: g.originalOutlet(),
      kind: 'news',
      key: [quote],
      summary,
    });
  } else {
    let sendoffDate: string | undefined;
    if (status === 'planned' || r.chance(0.5)) {
      sendoffDate = addDays(start, -r.int(1, 5));
      const by = parts(sendoffDate)[0] < 2024 ? MAYORS[0] : MAYORS[1];
      const sendPlace = r.pick(SENDOFF_PLACES);
      const articleId = `${sendoffDate}-pelepasan-${seq}`;
      const sendoffQuote = `Para peserta dilepas secara resmi oleh Wali Kota ${CITY.short} ${by} di ${sendPlace} pada ${longDateId(sendoffDate)}.`;
      const key: string[] = [];
      if (status === 'planned') {
        const quote = `Sebanyak ${n} orang ASN ${CITY.governmentShort}${withWhom} akan mengikuti ${programmePhrase} dengan tema "${themeTerm}" di ${placePhrase} pada tanggal ${range}.`;
        key.push(quote);
        sources.push({
          article: articleId,
          quote,
          supports: [...participantsFields, 'programme', 'theme', 'status', 'period', 'place'],
        });
      } else {
        key.push(
          `${CITY.government} kembali mengutus aparaturnya untuk mengikuti pelatihan ${themeLabel.id} di ${placePhrase}.`,
        );
      }
      key.push(sendoffQuote);
      sources.push({
        article: articleId,
        quote: sendoffQuote,
        supports: ['sendoff.date', 'sendoff.place', 'sendoff.by'],
      });
      cohort['sendoff'] = { date: sendoffDate, place: sendPlace, by };
      g.article({
        id: articleId,
        published: sendoffDate,
        title,
        outlet: g.originalOutlet(),
        kind: 'press-release',
        key,
        summary,
      });
    }
    if (status === 'held') {
      const published = addDays(end, r.int(1, 20));
      const articleId = `${published}-laporan-${seq}`;
      const quote = `Sebanyak ${n} orang Aparatur Sipil Negara (ASN) ${CITY.governmentShort}${withWhom} telah mengikuti pelatihan ${programmePhrase} dengan tema "${themeTerm}" yang berlangsung di ${placePhrase} pada ${range}.`;
      const key = [quote];
      sources.push({
        article: articleId,
        quote,
        supports: [...participantsFields, 'programme', 'theme', 'status', 'period', 'place'],
      });
      if (r.chance(0.4)) {
        const host = r.pick(HOSTS);
        const hostQuote = `Pelatihan tersebut diselenggarakan oleh ${host} bagi para peserta dari ${CITY.governmentShort}.`;
        key.push(hostQuote);
        sources.push({ article: articleId, quote: hostQuote, supports: ['host'] });
        cohort['host'] = host;
      }
      if (r.chance(0.2)) {
        const experts = r.sample(EXPERTS, 2);
        const expertQuote = `Materi pelatihan disampaikan oleh ${experts.map(([name, role]) => `${name} (${role})`).join(' dan ')}.`;
        key.push(expertQuote);
        sources.push({ article: articleId, quote: expertQuote, supports: ['experts'] });
        cohort['experts'] = experts.map(([name, role]) => ({ name, role }));
      }
      if (r.chance(0.25)) {
        const visits = r.sample(SITE_VISITS, 3);
        const visitQuote = `Selama pelatihan, peserta juga mengunjungi ${visits.slice(0, -1).join(', ')} dan ${visits.at(-1)}.`;
        key.push(visitQuote);
        sources.push({ article: articleId, quote: visitQuote, supports: ['site_visits'] });
        cohort['site_visits'] = visits;
      }
      if (r.chance(0.05)) {
        const variantQuote = `Selama sepekan di ${placePhrase}, para peserta mempelajari praktik terbaik ${themeLabel.id.toLowerCase()} secara langsung.`;
        key.push(variantQuote);
        variants.push({
          field: 'period',
          value: 'sepekan',
          article: articleId,
          quote: variantQuote,
          note: {
            id: `Tanggal ${range} berarti ${length} hari.`,
            en: `The dates given make ${length} days.`,
          },
        });
      }
      if (r.chance(0.1)) key.push(claim(g, articleId, published, g.nextSeq()));
      const outletKey = g.originalOutlet();
      const body = g.article({
        id: articleId,
        published,
        title,
        outlet: outletKey,
        kind: outletKey === KEYS.pressOffice ? 'press-release' : 'news',
        key,
        summary,
      });
      if (r.chance(0.15)) {
        const again = addDays(published, r.int(0, 3));
        g.article({
          id: `${again}-tulis-ulang-${g.nextSeq()}`,
          published: again,
          title,
          outlet: 'asncpns',
          kind: 'republication',
          key: [],
          summary,
          republishes: {
            outlet: outletKey,
            published,
            url: g.urlOf(outletKey, published, articleId),
          },
          body,
        });
      }
    }
  }
  cohort['participants'] = [
    { group: KEYS.staff, count: n },
    ...(withUtility ? [{ group: KEYS.utility, count: 'unknown' }] : []),
  ];
  cohort['sources'] = sources;
  if (variants.length > 0) cohort['variants'] = variants;
  g.record('cohorts', id, cohort);
}
