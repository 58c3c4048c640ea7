/**
 * The review before anything is written: each file of the plan summed up in
 * words an editor reads — the article's fields, each new vocabulary term,
 * each record's values and every quote with the fields it supports (and the
 * fields no quote supports) — then what must be fixed before writing.
 * Pure string building over the plan's data.
 */
import type { Citation } from '../../src/schemas/citation.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import type { Cohort } from '../../src/schemas/cohort.ts';
import { claimFacts, cohortFacts, type Fact } from '../../src/lib/check/facts.ts';
import { dateLabel, periodLabel } from '../../src/lib/site/format.ts';
import type { FileChange, Plan } from './plan.ts';
import { shown } from './report.ts';
import type { NewTerm } from './session.ts';

/** Fields as the review names them, in Indonesian. */
const FIELD_NAMES: Record<string, string> = {
  programme: 'program',
  theme: 'tema',
  status: 'status',
  period: 'waktu pelatihan',
  place: 'tempat',
  course_name: 'nama pelatihan',
  host: 'penyelenggara',
  'sendoff.date': 'tanggal pelepasan',
  'sendoff.place': 'tempat pelepasan',
  'sendoff.by': 'pelepas',
  experts: 'pakar',
  site_visits: 'kunjungan',
  value: 'angka',
  qualifier: 'kata di depan angka',
  speaker: 'yang menyatakan',
  'scope.programme': 'program yang dicakup',
  'scope.place': 'tempat yang dicakup',
  'scope.since': 'sejak',
  'scope.window_years': 'tahun terakhir',
  'scope.year': 'tahun',
};

/** "period (waktu pelatihan)", "participants.x (jumlah x)". */
export function fieldName(path: string): string {
  const group = /^participants\.(.+)$/u.exec(path)?.[1];
  const name = group ? `jumlah ${group}` : FIELD_NAMES[path];
  return name ? `${path} (${name})` : path;
}

const day = (d: string) => `${dateLabel(d, 'id')} (${d})`;

/** The quotes of a record, each with what it supports, and the facts none supports. */
function quotes(sources: readonly Citation[], facts: readonly Fact[] | undefined): string[] {
  const lines = ['    Kutipan:'];
  sources.forEach((s, i) => {
    lines.push(
      `      ${i + 1}. «${s.quote}»`,
      `         → ${s.supports.map(fieldName).join(', ')}`,
    );
  });
  if (sources.length === 0) lines.push('      (belum ada — none yet)');
  const supported = new Set(sources.flatMap((s) => s.supports));
  const without = (facts ?? []).filter((f) => !supported.has(f.path)).map((f) => fieldName(f.path));
  if (without.length > 0) lines.push(`    ⚠ Tanpa kutipan (no quote): ${without.join(', ')}`);
  return lines;
}

function article(d: Record<string, unknown>): string[] {
  const summary = d.summary as { id: string; en: string };
  const removed = d.removed as string[];
  return [
    `    Judul: ${String(d.title)}${d.title_basis ? ` (asal judul: ${String(d.title_basis)})` : ''}`,
    `    Media: ${String(d.outlet)} · Terbit: ${day(String(d.published))}${d.published_note ? ` — ${String(d.published_note)}` : ''}`,
    `    Alamat: ${String(d.url)} · Jenis: ${String(d.kind)}`,
    `    Wartawan: ${String(d.reporter ?? '–')} · Editor: ${String(d.editor ?? '–')} · Teks: ${d.capture === 'partial' ? 'sebagian' : 'lengkap'}, ${String(d.paragraphs)} paragraf`,
    `    Ringkasan: ${summary.id || '(kosong)'} / ${summary.en || '(empty)'}`,
    ...(removed.length > 0
      ? [`    Dibuang dari teks: ${removed.map((l) => `"${l}"`).join('; ')}`]
      : []),
  ];
}

function cohort(c: Cohort): string[] {
  const groups = c.participants.map(
    (p) => `${p.group} ${p.count === 'unknown' ? 'tidak diketahui' : p.count}`,
  );
  const s = c.sendoff;
  return [
    `    Program: ${c.programme} · Tema: ${c.theme}${c.course_name ? ` (${c.course_name})` : ''} · Status: ${c.status}`,
    `    Waktu: ${periodLabel(c.period, 'id')} · Tempat: ${c.place}${c.host ? ` · Penyelenggara: ${c.host}` : ''}`,
    `    Peserta: ${groups.join('; ')}`,
    ...(s
      ? [
          `    Pelepasan: ${day(s.date)}${s.place ? `, ${s.place}` : ''}${s.by ? `, oleh ${s.by}` : ''}`,
        ]
      : []),
    ...quotes(c.sources, cohortFacts(c)),
  ];
}

function claim(c: Claim): string[] {
  const scope = Object.entries(c.scope ?? {})
    .map(([k, v]) => `${k} ${String(v)}`)
    .join(', ');
  return [
    `    ${c.metric} = ${c.value} (${c.qualifier}) · dibuat ${day(c.made_on)}${c.speaker ? ` · oleh ${c.speaker}` : ''}`,
    `    Cakupan: ${scope || '–'}`,
    `    Pernyataan: ${c.statement.id || '(kosong)'} / ${c.statement.en || '(empty)'}`,
    ...quotes(c.sources, claimFacts({ ...c, scope: c.scope ?? {} })),
  ];
}

function terms(t: readonly NewTerm[]): string[] {
  return t.map(
    (x) =>
      `    ${x.key}: ${x.term.label.id} / ${x.term.label.en} — sebutan: ${x.term.terms.join('; ')}`,
  );
}

/** One file of the plan, summed up. */
function change(root: string, c: FileChange, n: number): string[] {
  const head = (what: string) => `[${n}] ${shown(root, c.path)} — ${what}`;
  switch (c.what) {
    case 'article':
      return [head('artikel baru (new article)'), ...article(c.data as Record<string, unknown>)];
    case 'vocabulary':
      return [head('istilah baru di akhir berkas (new terms)'), ...terms(c.data as NewTerm[])];
    case 'cohort':
      if (c.kind === 'append') {
        const d = c.data as { id: string; sources: Citation[] };
        return [head(`sumber tambahan untuk angkatan ${d.id}`), ...quotes(d.sources, undefined)];
      }
      return [head('angkatan baru (new cohort)'), ...cohort(c.data as Cohort)];
    case 'claim':
      return [head('klaim baru (new claim)'), ...claim(c.data as Claim)];
  }
}

/** The whole review: every file, then the problems that keep it from being written. */
export function formatReview(root: string, plan: Plan): string {
  const lines = ['\n— Tinjauan (review): berkas yang akan ditulis —'];
  plan.changes.forEach((c, i) => lines.push(...change(root, c, i + 1)));
  if (plan.changes.length === 0) lines.push('  (tidak ada berkas — no file)');
  if (plan.errors.length > 0) {
    lines.push('', 'Belum dapat ditulis; perbaiki dulu (cannot be written yet; fix first):');
    for (const e of plan.errors) lines.push(`  ✗ ${e.id}`, `    (${e.en})`);
  }
  return lines.join('\n');
}
