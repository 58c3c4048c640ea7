/**
 * Lines that belong to a news site's page, not to the article: the one list
 * the scaffold (`npm run new`) and the check share. The scaffold removes
 * furniture from pasted text and lifts credit lines into the article's
 * fields; the check refuses furniture left in a stored body. Photo captions
 * are a list of their own: they may be part of what an editor keeps, so the
 * scaffold asks about each and the check leaves them alone.
 */

/** Lines that name who wrote or edited the article ("Reporter : Ali", "Laporan wartawan X, Ali"). */
const CREDITS: readonly { re: RegExp; role: 'reporter' | 'editor'; nameAfterComma?: true }[] = [
  { re: /^(?:reporter|penulis|pewarta|wartawan)\s*:\s*(.*)$/iu, role: 'reporter' },
  { re: /^laporan\s+wartawan\b\s*(.*)$/iu, role: 'reporter', nameAfterComma: true },
  { re: /^(?:editor|redaktur|penyunting)\s*:\s*(.*)$/iu, role: 'editor' },
];

/** Lines that belong to the news site, not to the article (credit lines included). */
export const FURNITURE: readonly RegExp[] = [
  /^baca juga\b/iu,
  /^baca\s*:/iu,
  /^add images?$/iu,
  /^kategori\s*:/iu,
  /^berita terkait\b/iu,
  /^cek berita dan artikel yang lain di google news\b/iu,
  /^ikuti (?:kami|kanal|berita|update|informasi)\b.*\b(?:google news|whatsapp|telegram|instagram|facebook|twitter|youtube|tiktok)\b/iu,
  /^simak (?:berita|artikel|info|informasi|video) (?:lain|lainnya|menarik|terbaru|terkini)/iu,
  /^dapatkan (?:update|info|informasi|berita)\b.*\bsetiap hari\b/iu,
  /^lihat juga\s*:/iu,
  /^sumber\s*:\s*$/iu,
  /^(?:iklan|advertisement)$/iu,
  /^scroll to continue with content$/iu,
  /^(?:bagikan(?:\s+(?:artikel|berita)\s+ini)?|share(?:\s+this)?)(?:\s*:.*)?$/iu,
  /^salin (?:tautan|link)$/iu,
  /^tags?\s*:/iu,
  /^langganan\s*:/iu,
  /^\d+\s+komentar\b/iu,
  /^posting komentar$/iu,
  ...CREDITS.map((c) => c.re),
];

/** Photo captions: "Foto: …", "(Foto: Humas)", "Keterangan foto: …", a line ending "(Foto: …)". */
export const CAPTIONS: readonly RegExp[] = [
  /^\(?\s*(?:foto|photo|gambar|dok(?:umentasi)?)\s*(?:\/\s*[\p{L}.]+\s*)?:/iu,
  /^keterangan\s+(?:foto|gambar)\b/iu,
  /\(\s*(?:foto|photo|dok(?:umentasi)?)\s*:[^)]*\)\s*$/iu,
];

/** Whether one line (trimmed) is site furniture. */
export function isFurniture(line: string): boolean {
  const text = line.trim();
  return FURNITURE.some((re) => re.test(text));
}

/** Whether one line (trimmed) is a photo caption. */
export function isCaption(line: string): boolean {
  const text = line.trim();
  return CAPTIONS.some((re) => re.test(text));
}

/**
 * Who a credit line names, and as what: "Laporan wartawan Kabar Contoh, Ali"
 * names Ali (the part after the last comma, when there is one). Undefined for
 * a line that is no credit line; `name` is empty when the line names no one.
 */
export function creditOf(line: string): { role: 'reporter' | 'editor'; name: string } | undefined {
  const text = line.trim();
  for (const c of CREDITS) {
    const m = c.re.exec(text);
    if (!m) continue;
    const rest = (m[1] ?? '').trim();
    const name = c.nameAfterComma ? rest.slice(rest.lastIndexOf(',') + 1) : rest;
    return { role: c.role, name: name.trim() };
  }
  return undefined;
}
