/**
 * The source watch's readable report: one block per article, Indonesian
 * first with the English in brackets, in plain words, saying what was found
 * and what a person may do about it; and the exit code (0 when every
 * checkable article is still there with every passage, else 1). When no
 * server answered at all, it warns first: the computer may be offline, and
 * then "gone" means nothing yet.
 */
import type { ArticleVerdict, WatchStatus } from './types.ts';

const LABELS: Record<WatchStatus, [string, string]> = {
  ok: ['MASIH ADA', 'STILL THERE'],
  changed: ['BERUBAH', 'CHANGED'],
  moved: ['PINDAH', 'MOVED'],
  gone: ['HILANG', 'GONE'],
  error: ['GAGAL DIPERIKSA', 'ERROR'],
  'not-checkable': ['TANPA ALAMAT', 'NOT CHECKABLE'],
};

const ORDER: WatchStatus[] = ['gone', 'changed', 'moved', 'error', 'ok', 'not-checkable'];

/** The reason of a gone or failed check in words, both languages. */
export function reasonWords(reason: string | undefined, timeoutSeconds: number): [string, string] {
  if (reason?.startsWith('http-')) {
    const code = reason.slice(5);
    return [`server menjawab dengan status ${code}`, `the server answered with status ${code}`];
  }
  const words: Record<string, [string, string]> = {
    timeout: [
      `server tidak menjawab dalam ${timeoutSeconds} detik`,
      `the server did not answer within ${timeoutSeconds} second${timeoutSeconds === 1 ? '' : 's'}`,
    ],
    dns: ['nama domain tidak ditemukan', 'the domain name was not found'],
    refused: ['server menolak sambungan', 'the server refused the connection'],
    'too-many-redirects': ['terlalu banyak pengalihan', 'too many redirects'],
    'not-html': [
      'alamat itu kini berisi berkas yang bukan halaman web (mis. PDF) dan tidak dibaca',
      'the address now holds a file that is not a web page (e.g. a PDF) and was not read',
    ],
    'too-large': [
      'halaman terlalu besar dan bagian yang terbaca tidak memuat semua kutipan',
      'the page is too large and the part read lacks some quotes',
    ],
  };
  return words[reason ?? ''] ?? ['sambungan gagal', 'the connection failed'];
}

const ADVICE: Record<WatchStatus, [string, string] | undefined> = {
  ok: undefined,
  'not-checkable': undefined,
  changed: [
    'Buka halaman aslinya dan bandingkan dengan salinan kita; salinan kita tidak diubah dan tetap menjadi bukti kutipan.',
    'Open the original and compare it with our stored copy; our copy is not changed and remains the evidence.',
  ],
  moved: [
    'Bila alamat baru memuat artikel yang sama, ganti url di berkas artikel dengan alamat baru.',
    'If the new address holds the same article, replace the url in the article file with it.',
  ],
  gone: [
    'Buka alamat arsip; bila salinannya cocok, catat sebagai arsip artikel.',
    'Open the archive address; if its copy matches, record it as the article’s archive.',
  ],
  error: ['Coba lagi nanti.', 'Try again later.'],
};

const short = (quote: string) => (quote.length > 110 ? `${quote.slice(0, 107)}…` : quote);

/** The lines of one article's block. */
function block(v: ArticleVerdict, timeoutSeconds: number): string[] {
  const [id, en] = LABELS[v.status];
  const lines = [`[${id} / ${en}] ${v.file}`, `  ${v.title}`];
  if (v.status === 'not-checkable') {
    lines.push(
      '  url: unknown — tidak ada alamat asli untuk diperiksa (no original address to check).',
    );
    return lines;
  }
  lines.push(`  Alamat (address): ${v.url}`);
  const hops = v.redirects.length > 3 ? [v.redirects[0], v.redirects.at(-1)] : v.redirects;
  hops.forEach((r, i) => {
    if (r) lines.push(`  Dialihkan (redirected) ${r.status}: ${r.from} → ${r.to}`);
    if (i === 0 && hops.length < v.redirects.length)
      lines.push(`  … ${v.redirects.length - 2} pengalihan lagi (more redirects) …`);
  });
  if (v.movedTo) lines.push(`  Kini di (now at): ${v.movedTo}`);
  if (v.status === 'gone' || v.reason) {
    const [rid, ren] = reasonWords(v.reason, timeoutSeconds);
    lines.push(`  Sebab (reason): ${rid} (${ren}).`);
  }
  if (v.httpStatus !== undefined && v.httpStatus < 300 && v.status !== 'error') {
    lines.push(
      `  Kutipan ditemukan: ${v.quotesFound} dari ${v.quotesTotal} (quotes found: ${v.quotesFound} of ${v.quotesTotal}).`,
    );
  }
  if (v.missing.length > 0) {
    lines.push(
      v.reason === 'too-large'
        ? '  Tidak ditemukan di bagian yang terbaca (not found in the part read):'
        : '  Tidak ditemukan di halaman (not found on the page):',
    );
    for (const q of v.missing) lines.push(`    - “${short(q)}”`);
  }
  for (const n of v.notes) lines.push(`  Catatan: ${n.id} (Note: ${n.en})`);
  if (v.archive) {
    const how = v.archive.proposed
      ? 'Arsip yang diusulkan, belum dibuka (proposed archive, not opened)'
      : 'Arsip tercatat (recorded archive)';
    lines.push(`  ${how}: ${v.archive.url}`);
  }
  const advice = ADVICE[v.status];
  if (advice) lines.push(`  Langkah: ${advice[0]}`, `  (What to do: ${advice[1]})`);
  return lines;
}

/** Whether articles were fetched and not one server answered (likely no connection here). */
export function noServerAnswered(verdicts: readonly ArticleVerdict[]): boolean {
  const fetched = verdicts.filter((v) => v.status !== 'not-checkable');
  return fetched.length > 0 && fetched.every((v) => v.httpStatus === undefined);
}

const OFFLINE =
  'Peringatan: tidak ada satu server pun yang menjawab. Bila komputer ini tidak tersambung ke internet, hasil di bawah belum berarti apa-apa; periksa sambungan lalu jalankan lagi. (Warning: no server answered at all. If this computer is offline, the results below mean nothing yet; check the connection and run again.)';

/** The readable report: a summary line, then the articles, worst first. */
export function formatWatchReport(
  verdicts: readonly ArticleVerdict[],
  timeoutSeconds: number,
): string {
  const count = (s: WatchStatus) => verdicts.filter((v) => v.status === s).length;
  const summary = ORDER.filter((s) => count(s) > 0)
    .map((s) => `${count(s)} ${LABELS[s][0].toLowerCase()} (${LABELS[s][1].toLowerCase()})`)
    .join(', ');
  const head = [
    `Pantauan sumber: ${verdicts.length} artikel (source watch: ${verdicts.length} articles)`,
    summary === '' ? 'Tidak ada artikel (no articles).' : `${summary}.`,
    ...(noServerAnswered(verdicts) ? ['', OFFLINE] : []),
  ];
  const sorted = [...verdicts].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  return [...head, ...sorted.flatMap((v) => ['', ...block(v, timeoutSeconds)])].join('\n');
}

/** 0 when every checkable article is still there with every passage; 1 otherwise. */
export function watchExitCode(verdicts: readonly ArticleVerdict[]): 0 | 1 {
  return verdicts.every((v) => v.status === 'ok' || v.status === 'not-checkable') ? 0 : 1;
}
