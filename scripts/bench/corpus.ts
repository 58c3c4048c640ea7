/**
 * A synthetic but realistic corpus for the scale benchmark: N articles with
 * Indonesian-like bodies, and the cohorts, claims and context events they
 * report, each citing passages that really occur in its articles — the
 * corpus passes `npm run check` with no problem. Pure and deterministic: the
 * same options give the same files, byte for byte.
 *
 * Stories, not independent files: a held cohort has a report published after
 * the training (and often a send-off article before it, sometimes a
 * republication of the report); planned and announced cohorts have one
 * article; claims ride along in reports or come in news items of their own;
 * a few articles are context events or cite nothing. Years, themes,
 * programmes and places are drawn with realistic, skewed weights.
 */
import { stringify } from 'yaml';
import { dateLabel } from '../../src/lib/site/format.ts';
import { MONTHS_ID } from '../../src/lib/text/indonesian.ts';
import { createRandom, type Random } from './random.ts';
import { fillerParagraph } from './text.ts';
import {
  OUTLETS,
  PLACES,
  PROGRAMMES,
  THEMES,
  VOCABULARIES,
  termOf,
  weights,
  type WeightedTerm,
} from './vocabularies.ts';

export interface CorpusOptions {
  /** Number of articles. */
  articles: number;
  seed?: number;
  /** First and last year of publication (default 2012–2025). */
  firstYear?: number;
  lastYear?: number;
}

export interface CorpusCounts {
  articles: number;
  cohorts: number;
  claims: number;
  context: number;
}

export interface Corpus {
  /** File text by path relative to content/ ("articles/x.md"). */
  files: Map<string, string>;
  counts: CorpusCounts;
}

const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

const MAYORS = ['Syarif Fasha', 'Maulana'] as const;
const SENDOFF_PLACES = [
  'Griya Mayang',
  'Balai Kota Jambi',
  'Ruang Pola Kantor Wali Kota',
  'Rumah Dinas Wali Kota',
] as const;
const HOSTS = [
  'Civil Service College (CSC) Singapore',
  'Centre for Liveable Cities (CLC) Singapore',
  'Temasek Polytechnic',
  'Singapore Polytechnic International',
  'Nanyang Technological University (NTU)',
  'Republic Polytechnic',
] as const;
const EXPERTS = [
  ['Teo Jing Kok', 'Deputy Director CLC'],
  ['Jamie Foo', 'Smart Nation and Digital Government Office'],
  ['Colin Choo', 'Former Senior Manager, Land Transport Authority'],
  ['Loh Ah Tuan', 'Former Deputy Chief Executive Officer, National Environment Agency'],
  ['Lim Wei Ling', 'Senior Lecturer, Civil Service College'],
  ['Ng Boon Heng', 'Director, Urban Redevelopment Authority'],
  ['Koh Siew Lan', 'Principal Consultant, PUB'],
  ['Goh Kian Meng', 'Senior Fellow, Centre for Liveable Cities'],
] as const;
const SITE_VISITS = [
  'Marina Barrage',
  'Punggol Discovery Cube',
  'Singapore City Gallery',
  'NEWater Visitor Centre',
  'Pulau Semakau Landfill',
  'Jurong Lake District',
  'ServiceSG Centre',
  'Lifelong Learning Institute',
  'Our Tampines Hub',
] as const;
const AWARDS = [
  ['Anugerah ASN', 'ASN Award'],
  ['Smart City Nasional', 'National Smart City'],
  ['Pelayanan Publik Terbaik', 'Best Public Service'],
  ['Kota Layak Anak', 'Child-Friendly City'],
  ['Adipura', 'Adipura (clean city)'],
  ['Inovasi Daerah', 'Regional Innovation'],
] as const;

/** Days since 1970-01-01 of an ISO date, and back. */
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
const addDays = (iso: string, days: number): string => isoOf(dayNumber(iso) + days);
const parts = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
};
/** "Jumat, 12 Mei 2023" */
const longDateId = (iso: string): string => {
  const [y, m, d] = parts(iso);
  const weekday = WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? '';
  return `${weekday}, ${d} ${MONTHS_ID[m - 1]} ${y}`;
};
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const YAML_OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false } as const;
const yaml = (data: unknown): string => stringify(data, YAML_OPTIONS);

interface Citation {
  article: string;
  quote: string;
  supports: string[];
}

interface ArticleSpec {
  id: string;
  published: string;
  title: string;
  outlet: string;
  kind: 'press-release' | 'news' | 'republication';
  /** Paragraphs holding quoted passages; the first is the lead. */
  key: string[];
  summary: { id: string; en: string };
  republishes?: { outlet: string; published: string; url: string };
  /** Reuse this body (republications). */
  body?: string;
}

class Generator {
  readonly files = new Map<string, string>();
  readonly counts: CorpusCounts = { articles: 0, cohorts: 0, claims: 0, context: 0 };
  private seq = 0;

  private readonly random: Random;
  private readonly years: [number, number][];

  constructor(random: Random, years: [number, number][]) {
    this.random = random;
    this.years = years;
  }

  /** A unique suffix for ids. */
  nextSeq(): string {
    this.seq += 1;
    return pad(this.seq, 5);
  }

  year(): number {
    return this.random.weighted(this.years);
  }

  /** A random day in a year, not later than `latest` days before its end. */
  day(year: number, margin = 0): string {
    const m = this.random.int(1, 12);
    const d = this.random.int(1, Math.max(1, daysIn(year, m) - margin));
    return `${year}-${pad(m)}-${pad(d)}`;
  }

  urlOf(outlet: string, published: string, id: string): string {
    const site = termOf(OUTLETS, outlet).website ?? 'https://example.org/';
    const [y, m, d] = parts(published);
    return `${site}read/${y}/${pad(m)}/${pad(d)}/${id}`;
  }

  /** Write an article; returns its body (for republications). */
  article(spec: ArticleSpec): string {
    const r = this.random;
    let body = spec.body;
    if (body === undefined) {
      const paragraphs = [spec.key[0] ?? fillerParagraph(r)];
      const rest = spec.key.slice(1);
      const fillers = r.int(4, 8);
      for (let i = 0; i < fillers; i++) {
        paragraphs.push(fillerParagraph(r));
        if (rest.length > 0 && r.chance(0.5)) paragraphs.push(rest.shift() ?? '');
      }
      paragraphs.push(...rest, `(${r.pick(['hfz', 'red', 'kominfo', 'ant', 'hms'])})`);
      body = `${paragraphs.join('\n\n')}\n`;
    }
    const front: Record<string, unknown> = {
      title: spec.title,
      outlet: spec.outlet,
      published: spec.published,
      url: this.urlOf(spec.outlet, spec.published, spec.id),
      language: 'id',
      kind: spec.kind,
      ...(spec.republishes ? { republishes: spec.republishes } : {}),
      summary: spec.summary,
    };
    this.files.set(`articles/${spec.id}.md`, `---\n${yaml(front)}---\n\n${body}`);
    this.counts.articles += 1;
    return body;
  }

  record(dir: 'cohorts' | 'claims' | 'context', id: string, data: unknown): void {
    this.files.set(`${dir}/${id}.yaml`, yaml(data));
    this.counts[dir] += 1;
  }

  /** A claim stated in an article published on `published`; returns its paragraph. */
  claim(articleId: string, published: string, seq: string, kind = this.random.int(0, 2)): string {
    const r = this.random;
    const [year] = parts(published);
    const id = `${published}-klaim-${seq}`;
    let quote: string;
    let data: Record<string, unknown>;
    if (kind === 0) {
      const w = r.int(2, 5);
      const v = r.int(5, 40) * 10;
      quote = `Dalam kurun waktu ${w} tahun terakhir, Kota Jambi telah mengirimkan ${v} orang ASN untuk mengikuti Singapore Cooperation Programme (SCP) di Singapura.`;
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
      quote = `Sejak tahun ${since}, lebih dari ${v} ASN Pemkot Jambi telah mengikuti pelatihan di Singapura.`;
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
      quote = `Untuk program SCP sendiri, Pemkot Jambi telah memberangkatkan sebanyak ${k} angkatan ASN untuk belajar ke Singapura.`;
      data = {
        metric: 'cohorts',
        value: k,
        qualifier: 'exact',
        made_on: published,
        scope: { programme: 'scp' },
        statement: {
          id: `Pemkot Jambi telah mengirim ${k} angkatan SCP.`,
          en: `The city has sent ${k} SCP cohorts.`,
        },
        sources: [{ article: articleId, quote, supports: ['value', 'scope.programme'] }],
      };
    }
    this.record('claims', id, data);
    return `${quote} ${fillerParagraph(r)}`;
  }

  /** A cohort and the articles that report it. */
  cohortStory(status: 'held' | 'planned' | 'announced', forcedYear?: number): void {
    const r = this.random;
    const seq = this.nextSeq();
    const year = forcedYear ?? this.year();
    const theme = r.weighted(weights(THEMES));
    const programme = r.weighted(weights(PROGRAMMES));
    const place = r.weighted(weights(PLACES));
    const themeTerm = r.pick(termOf(THEMES, theme).terms);
    const themeLabel = termOf(THEMES, theme).label;
    const programmePhrase =
      programme === 'scp'
        ? 'Singapore Cooperation Programme (SCP)'
        : 'program kerja sama Temasek Foundation';
    const placePhrase = place === 'singapore' ? 'Singapura' : 'Kota Jambi';
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
      'participants.asn-kota-jambi',
      ...(withUtility ? ['participants.perumdam-tirta-mayang'] : []),
    ];
    const withWhom = withUtility ? ' beserta jajaran Manajemen Perumdam Tirta Mayang' : '';
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
    const title = `${n} ASN Pemkot Jambi ${status === 'held' ? 'Ikuti' : 'Akan Ikuti'} Pelatihan ${themeLabel.id} di ${placePhrase}`;
    const summary = {
      id: `${n} ASN Pemkot Jambi ${status === 'held' ? 'mengikuti' : 'akan mengikuti'} pelatihan ${themeLabel.id} di ${placePhrase}.`,
      en: `${n} Kota Jambi civil servants ${status === 'held' ? 'took' : 'will take'} a ${themeLabel.en} course in ${place === 'singapore' ? 'Singapore' : 'Jambi'}.`,
    };
    const outlet = (): string => r.weighted(weights(OUTLETS.filter((o) => o.key !== 'asncpns')));

    if (status === 'announced') {
      const published = addDays(`${start.slice(0, 7)}-01`, -r.int(20, 120));
      const articleId = `${published}-rencana-${seq}`;
      const quote = `Pemkot Jambi berencana mengirimkan ${n} ASN${withWhom} untuk mengikuti ${programmePhrase} dengan tema "${themeTerm}" di ${placePhrase} pada bulan ${monthName} ${year}.`;
      sources.push({
        article: articleId,
        quote,
        supports: [...participantsFields, 'programme', 'theme', 'status', 'period', 'place'],
      });
      this.article({
        id: articleId,
        published,
        title,
        outlet: outlet(),
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
        const sendoffQuote = `Para peserta dilepas secara resmi oleh Wali Kota Jambi ${by} di ${sendPlace} pada ${longDateId(sendoffDate)}.`;
        const key: string[] = [];
        if (status === 'planned') {
          const quote = `Sebanyak ${n} orang ASN Pemkot Jambi${withWhom} akan mengikuti ${programmePhrase} dengan tema "${themeTerm}" di ${placePhrase} pada tanggal ${range}.`;
          key.push(quote);
          sources.push({
            article: articleId,
            quote,
            supports: [...participantsFields, 'programme', 'theme', 'status', 'period', 'place'],
          });
        } else {
          key.push(
            `Pemerintah Kota Jambi kembali mengutus aparaturnya untuk mengikuti pelatihan ${themeLabel.id} di ${placePhrase}.`,
          );
        }
        key.push(sendoffQuote);
        sources.push({
          article: articleId,
          quote: sendoffQuote,
          supports: ['sendoff.date', 'sendoff.place', 'sendoff.by'],
        });
        cohort['sendoff'] = { date: sendoffDate, place: sendPlace, by };
        this.article({
          id: articleId,
          published: sendoffDate,
          title,
          outlet: outlet(),
          kind: 'press-release',
          key,
          summary,
        });
      }
      if (status === 'held') {
        const published = addDays(end, r.int(1, 20));
        const articleId = `${published}-laporan-${seq}`;
        const quote = `Sebanyak ${n} orang Aparatur Sipil Negara (ASN) Pemkot Jambi${withWhom} telah mengikuti pelatihan ${programmePhrase} dengan tema "${themeTerm}" yang berlangsung di ${placePhrase} pada ${range}.`;
        const key = [quote];
        sources.push({
          article: articleId,
          quote,
          supports: [...participantsFields, 'programme', 'theme', 'status', 'period', 'place'],
        });
        if (r.chance(0.4)) {
          const host = r.pick(HOSTS);
          const hostQuote = `Pelatihan tersebut diselenggarakan oleh ${host} bagi para peserta dari Pemkot Jambi.`;
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
        if (r.chance(0.1)) key.push(this.claim(articleId, published, this.nextSeq()));
        const outletKey = outlet();
        const body = this.article({
          id: articleId,
          published,
          title,
          outlet: outletKey,
          kind: outletKey === 'diskominfo-kota-jambi' ? 'press-release' : 'news',
          key,
          summary,
        });
        if (r.chance(0.15)) {
          const again = addDays(published, r.int(0, 3));
          this.article({
            id: `${again}-tulis-ulang-${this.nextSeq()}`,
            published: again,
            title,
            outlet: 'asncpns',
            kind: 'republication',
            key: [],
            summary,
            republishes: {
              outlet: outletKey,
              published,
              url: this.urlOf(outletKey, published, articleId),
            },
            body,
          });
        }
      }
    }
    cohort['participants'] = [
      { group: 'asn-kota-jambi', count: n },
      ...(withUtility ? [{ group: 'perumdam-tirta-mayang', count: 'unknown' }] : []),
    ];
    cohort['sources'] = sources;
    if (variants.length > 0) cohort['variants'] = variants;
    this.record('cohorts', id, cohort);
  }

  /** A news item stating one or two claims. */
  claimStory(): void {
    const r = this.random;
    const published = this.day(this.year());
    const seq = this.nextSeq();
    const articleId = `${published}-klaim-berita-${seq}`;
    const kind = r.int(0, 2);
    const key = [this.claim(articleId, published, seq, kind)];
    // A second claim of another kind, so that no quote occurs twice.
    if (r.chance(0.3)) key.push(this.claim(articleId, published, this.nextSeq(), (kind + 1) % 3));
    this.article({
      id: articleId,
      published,
      title: 'Pemkot Jambi Terus Kirim ASN Belajar ke Singapura',
      outlet: r.weighted(weights(OUTLETS.filter((o) => o.key !== 'asncpns'))),
      kind: 'news',
      key,
      summary: {
        id: 'Berita tentang jumlah ASN yang telah dikirim ke pelatihan di Singapura.',
        en: 'A news item on how many civil servants have been sent to training in Singapore.',
      },
    });
  }

  /** An award (dated by publication) or an agreement (dated in the text). */
  contextStory(): void {
    const r = this.random;
    const seq = this.nextSeq();
    const year = this.year();
    if (r.chance(0.5)) {
      const published = this.day(year);
      const [award, awardEn] = r.pick(AWARDS);
      const articleId = `${published}-penghargaan-${seq}`;
      const quote = `Pemerintah Kota Jambi kembali meraih penghargaan ${award} tingkat nasional pada tahun ini.`;
      this.article({
        id: articleId,
        published,
        title: `Kota Jambi Raih ${award}`,
        outlet: 'diskominfo-kota-jambi',
        kind: 'press-release',
        key: [quote],
        summary: { id: `Kota Jambi meraih ${award}.`, en: `Kota Jambi wins the ${awardEn} award.` },
      });
      this.record('context', `${published}-penghargaan-${seq}`, {
        date: published,
        date_basis: 'publication',
        kind: 'award',
        title: { id: `Kota Jambi meraih ${award}`, en: `Kota Jambi wins the ${awardEn} award` },
        summary: {
          id: 'Penghargaan nasional; tidak dihitung sebagai angkatan.',
          en: 'A national award; never counted as a cohort.',
        },
        sources: [{ article: articleId, quote, supports: ['kind'] }],
      });
    } else {
      const date = this.day(year, 1);
      const published = addDays(date, 1);
      const articleId = `${published}-kerja-sama-${seq}`;
      const [y, m, d] = parts(date);
      const quote = `Penandatanganan nota kesepahaman kerja sama pelatihan aparatur dilaksanakan pada ${longDateId(date)} di Jakarta.`;
      this.article({
        id: articleId,
        published,
        title: 'Nota Kesepahaman Pelatihan Aparatur Ditandatangani',
        outlet: r.pick(['antara', 'jambi-update']),
        kind: 'news',
        key: [quote],
        summary: {
          id: 'Penandatanganan nota kesepahaman pelatihan aparatur.',
          en: 'Signing of a memorandum of understanding on civil-service training.',
        },
      });
      this.record('context', `${date}-kerja-sama-${seq}`, {
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
  plainStory(): void {
    const r = this.random;
    const published = this.day(this.year());
    this.article({
      id: `${published}-berita-${this.nextSeq()}`,
      published,
      title: 'Pemkot Jambi Perkuat Kapasitas Aparatur',
      outlet: r.weighted(weights(OUTLETS.filter((o) => o.key !== 'asncpns'))),
      kind: 'news',
      key: [],
      summary: {
        id: 'Berita umum tentang peningkatan kapasitas ASN.',
        en: 'A general news item on civil-service capacity building.',
      },
    });
  }
}

function vocabularyFiles(files: Map<string, string>): void {
  for (const [name, terms] of Object.entries(VOCABULARIES)) {
    const data = Object.fromEntries(
      (terms as readonly WeightedTerm[]).map(({ key, label, terms: words, website }) => [
        key,
        { label, terms: words, ...(website ? { website } : {}) },
      ]),
    );
    files.set(`vocabularies/${name}.yaml`, yaml(data));
  }
}

function yearWeights(first: number, last: number): [number, number][] {
  return Array.from({ length: last - first + 1 }, (_, i) => [first + i, i + 2]);
}

/** Generate a corpus of `options.articles` articles with the records they report. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const first = options.firstYear ?? 2012;
  const last = options.lastYear ?? 2025;
  const g = new Generator(createRandom(options.seed ?? 1), yearWeights(first, last));
  const r = createRandom((options.seed ?? 1) ^ 0x5bd1e995);
  while (g.counts.articles < options.articles) {
    const left = options.articles - g.counts.articles;
    const story =
      left < 4
        ? r.weighted([
            ['planned', 1],
            ['claims', 1],
            ['plain', 1],
          ] as const)
        : r.weighted([
            ['held', 55],
            ['planned', 14],
            ['announced', 5],
            ['claims', 7],
            ['context', 3],
            ['plain', 16],
          ] as const);
    if (story === 'held' || story === 'planned' || story === 'announced') g.cohortStory(story);
    else if (story === 'claims') g.claimStory();
    else if (story === 'context') g.contextStory();
    else g.plainStory();
  }
  vocabularyFiles(g.files);
  return { files: g.files, counts: g.counts };
}

/**
 * The files of one more press release and the cohort it reports, to add to
 * a generated corpus (the incremental-build measurement): dated in the
 * corpus's last year, with ids no generated corpus uses.
 */
export function generateAddition(options: CorpusOptions): Corpus {
  const last = options.lastYear ?? 2025;
  const g = new Generator(createRandom((options.seed ?? 1) ^ 0x2545f491), [[last, 1]]);
  for (let i = 0; i < 50_000; i++) g.nextSeq();
  g.cohortStory('planned', last);
  return { files: g.files, counts: g.counts };
}
