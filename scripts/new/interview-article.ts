/**
 * The interview's questions about a new article, in the order an editor has
 * the answers at hand: headline and where it comes from, outlet, date (and
 * how it is known), address, kind, then the pasted text — whose furniture is
 * removed and listed, and whose photo captions are kept or removed one by
 * one — then who wrote it, whether the text is complete, the day it was
 * copied (today unless the editor says otherwise), and our summary.
 * An answer given as a flag or kept from an interrupted session is not asked
 * again; when the article is asked again from the review, each earlier
 * answer is the default (`prev`).
 */
import { articleKinds } from '../../src/schemas/article.ts';
import { todayInJakarta } from '../../src/lib/check/index.ts';
import { precisionOf } from '../../src/lib/dates/partial-date.ts';
import { findTwin } from './article-source.ts';
import { askChoice, askDate, askText, askYesNo, type Option } from './ask.ts';
import { stripFurniture } from './body.ts';
import type { Interview } from './interview-context.ts';
import { askTerm } from './interview-terms.ts';
import type { Answers } from './options.ts';
import { checkText, checkUrl } from './validate.ts';

const KIND_OPTIONS: Option[] = articleKinds.map((k) => ({
  value: k,
  label: {
    'press-release': 'press-release — siaran pers Pemkot/Humas (juga bila dimuat media)',
    news: 'news — berita yang ditulis wartawan',
    republication: 'republication — tulisan ulang artikel media lain',
  }[k],
}));

const BASIS_OPTIONS: Option[] = [
  { value: 'headline', label: 'headline — judul asli artikel, persis seperti di halaman' },
  { value: 'address', label: 'address — halaman tanpa judul; judul dibaca dari alamat webnya' },
  { value: 'editorial', label: 'editorial — halaman tanpa judul; judul dibuat oleh kita' },
];

const text = (name: string) => (a: string) => checkText(a, name);

/**
 * When the headline or address is one of an article already stored, say so
 * at once and offer to continue with that article (a new cohort or claim
 * from it) instead of asking everything and refusing at the end.
 */
async function offerTwin(it: Interview, a: Answers): Promise<boolean> {
  const twin = findTwin(it.env.content.articles, a['article-title'], a.url);
  if (!twin) return false;
  it.io.say(
    `  ! Artikel ini sudah ada di situs: ${twin.file} (judul atau alamat web sama). (This article is already on the site.)`,
  );
  const go = await askYesNo(
    it.io,
    '  Lanjutkan dengan artikel itu (menambah angkatan atau klaim darinya)?',
    true,
  );
  if (!go) return false;
  // An outlet added for this article is not needed any more.
  it.session.terms = it.session.terms.filter(
    (t) => t.vocabulary !== 'outlets' || t.key !== a.outlet,
  );
  delete a['article-title'];
  delete a['title-basis'];
  delete a.outlet;
  delete a['outlet-name'];
  delete a.published;
  delete a['published-after'];
  delete a['published-before'];
  delete a.url;
  a.article = twin.id;
  return true;
}

/**
 * The text, pasted (or from --body-file), cleaned: what was removed is
 * listed, and each photo caption kept or not. Asked again from the review
 * (`prev` given), a text already there may be kept with its captions.
 */
async function pasteText(it: Interview, a: Answers, prev: Answers): Promise<void> {
  const { io, session } = it;
  if (a['keep-caption'] !== undefined) return;
  let text = session.pasted?.trim() ? session.pasted : undefined;
  if (text && Object.keys(prev).length > 0) {
    const paragraphs = stripFurniture(text, a['article-title']).text.split('\n\n');
    const again = await askYesNo(
      io,
      `Teks siaran pers sudah ada (${paragraphs.length} paragraf). Tempel ulang?`,
      false,
    );
    if (!again) {
      a['keep-caption'] = prev['keep-caption'] ?? [];
      return;
    }
    text = undefined;
  }
  while (!text?.trim()) {
    const block = await io.askBlock(
      'Tempel teks lengkap siaran pers, lalu ketik satu titik (.) di baris sendiri dan Enter:',
    );
    // Only the end of input gives no block at all.
    if (block === undefined) return;
    text = block;
  }
  session.pasted = text;
  const clean = stripFurniture(text, a['article-title']);
  const furniture = clean.removed.filter((l) => !clean.captions?.includes(l));
  if (furniture.length > 0) {
    io.say('Baris berikut dibuang karena bukan bagian artikel (removed as site furniture):');
    furniture.forEach((l) => io.say(`  - ${l}`));
  }
  const kept: string[] = [];
  for (const caption of clean.captions ?? []) {
    io.say(`Keterangan foto (photo caption): «${caption}»`);
    if (await askYesNo(io, '  Simpan di teks artikel?', false)) kept.push(caption);
  }
  a['keep-caption'] = kept;
}

/** Who wrote the article, whether the text is whole, when it was copied, and our summary. */
async function aboutText(it: Interview, a: Answers, prev: Answers): Promise<void> {
  const { io } = it;
  const lifted = stripFurniture(it.session.pasted ?? '', a['article-title']);
  // An empty answer is kept as "" so that a name in the text is not used after all.
  a.reporter ??=
    (await askText(io, 'Nama wartawan/penulis (Enter = tidak disebut; - = kosongkan)', {
      check: text('Wartawan'),
      fallback: prev.reporter ?? lifted.reporter,
    })) ?? '';
  a.editor ??=
    (await askText(io, 'Nama editor (Enter = tidak disebut; - = kosongkan)', {
      check: text('Editor'),
      fallback: prev.editor ?? lifted.editor,
    })) ?? '';
  if (a.capture === undefined) {
    const whole = await askYesNo(
      io,
      'Apakah teks yang ditempel lengkap, dari awal sampai akhir artikel?',
      prev.capture !== 'partial',
    );
    a.capture = whole ? 'complete' : 'partial';
  }
  if (a.captured === undefined) {
    // The editor is copying the text now, so today is the likely answer.
    const today = it.env.today ?? todayInJakarta();
    const day = await askDate(
      io,
      'Tanggal teks ini disalin dari halamannya (Enter = hari ini; "tidak tahu" bila tidak diketahui)',
      { fallback: prev.captured ?? today, day: true, unknown: true },
    );
    a.captured = day?.start ?? today;
  }
  a['summary-id'] =
    (await askText(io, 'Ringkasan 1–2 kalimat, bahasa Indonesia (Enter = isi nanti)', {
      given: a['summary-id'],
      check: text('Ringkasan'),
      fallback: prev['summary-id'],
    })) ?? '';
  a['summary-en'] =
    (await askText(io, 'Ringkasan, bahasa Inggris (Enter = isi nanti)', {
      given: a['summary-en'],
      check: text('Summary'),
      fallback: prev['summary-en'],
    })) ?? '';
}

/**
 * The bounds of a publication date that is not known: the first day the
 * article may have appeared (the day of the event it reports) and the last
 * (the day it was captured); Enter leaves either open.
 */
async function askBounds(it: Interview, a: Answers, prev: Answers): Promise<void> {
  const after = await askDate(
    it.io,
    'Terbit paling awal tanggal berapa? (mis. tanggal peristiwa yang dilaporkannya; Enter = tidak diketahui)',
    { given: a['published-after'], fallback: prev['published-after'], day: true },
  );
  a['published-after'] = after?.start ?? '';
  const before = await askDate(
    it.io,
    'Terbit paling lambat tanggal berapa? (mis. hari salinannya diambil; Enter = tidak diketahui)',
    { given: a['published-before'], fallback: prev['published-before'], day: true },
  );
  a['published-before'] = before?.start ?? '';
}

/** Questions about a new article; fills the session's article answers. */
export async function askNewArticle(it: Interview, prev: Answers = {}): Promise<void> {
  const { io } = it;
  const a = it.session.article;
  io.say('\n— Siaran pers (the press release) —');
  a['article-title'] = await askText(io, 'Judul, persis seperti diterbitkan', {
    given: a['article-title'],
    required: true,
    check: text('Judul'),
    fallback: prev['article-title'],
  });
  if (await offerTwin(it, a)) return;
  a['title-basis'] = await askChoice(io, 'Judul itu:', BASIS_OPTIONS, {
    given: a['title-basis'],
    fallback: prev['title-basis'] ?? 'headline',
  });
  a.outlet = await askTerm(it, 'Media penerbit:', 'outlets', {
    given: a.outlet,
    fallback: prev.outlet ?? 'unknown',
    extra: [{ value: 'unknown', label: 'unknown — media tidak disebut' }],
  });
  const published = await askDate(
    io,
    'Tanggal terbit (mis. 7 Juni 2024; Juni 2024 bila hanya bulannya diketahui)',
    { given: a.published, required: true, fallback: prev.published, unknown: true },
  );
  a.published = published?.start;
  if (a.published === 'unknown') await askBounds(it, a, prev);
  const partial =
    published && published.start !== 'unknown' && precisionOf(published.start) !== 'day';
  a['published-note'] =
    (await askText(
      io,
      partial
        ? 'Dari mana tanggal terbit diketahui? (mis. "terbit setelah pelepasan 7 Juni 2024"; Enter = lewati)'
        : 'Catatan tentang tanggal terbit, bila tidak tercantum di halaman (Enter = tercantum)',
      { given: a['published-note'], check: text('Catatan'), fallback: prev['published-note'] },
    )) ?? '';
  a.url =
    (await askText(io, 'Alamat web asli, https://… (Enter = tidak diketahui)', {
      given: a.url,
      check: (x) => checkUrl(x, 'Alamat web'),
      fallback: prev.url,
    })) ?? '';
  if (await offerTwin(it, a)) return;
  a.kind = await askChoice(io, 'Jenis artikel:', KIND_OPTIONS, {
    given: a.kind,
    fallback: prev.kind ?? 'press-release',
  });
  if (a.kind === 'republication')
    a['republishes-outlet'] = await askTerm(it, 'Media asal yang ditulis ulang:', 'outlets', {
      given: a['republishes-outlet'],
      fallback: prev['republishes-outlet'] ?? 'unknown',
      extra: [{ value: 'unknown', label: 'unknown — tidak disebut' }],
    });
  await pasteText(it, a, prev);
  await aboutText(it, a, prev);
}
