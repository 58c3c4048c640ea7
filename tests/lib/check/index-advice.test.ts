/**
 * The check's advice never contradicts itself. For each edit of a copy of
 * the real content — a field removed or emptied (period, period.start,
 * published, title, a participant count, sendoff.date), a fact dropped from
 * the supports of its only quote, a field written under another name — the
 * problems printed never tell the editor to remove a field and, for the
 * same field, that it is required; and removing what a problem says to
 * remove never brings "this field is required" for that field next time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/check/problem.ts';
import {
  copyContent,
  removalAdvised,
  removeField,
  replaced,
  type ContentCopy,
} from './advice-edits.ts';

const HELD = 'cohorts/2019-02-smart-city-cybersecurity.yaml';
const ANNOUNCED = 'cohorts/2019-07-public-service.yaml';
const ARTICLE = 'articles/2019-02-diskominfo-smart-city.md';
const HELD_SUPPORTS =
  'supports: [participants.asn-kota-jambi, programme, theme, status, period, place]';
const ANNOUNCED_SUPPORTS =
  'supports: [programme, theme, status, period, place, participants.asn-kota-jambi]';

/** One edit: the file and how its text changes. */
type Edit = [file: string, from: string, to: string];

const EDITS: Record<string, Edit> = {
  'period removed (held)': [HELD, 'period:\n  start: 2019-02-17\n  end: 2019-02-23\n', ''],
  'period removed (announced)': [ANNOUNCED, 'period:\n  start: 2019-07\n', ''],
  'period emptied': [HELD, 'period:\n  start: 2019-02-17\n  end: 2019-02-23\n', 'period:\n'],
  'period.start removed': [HELD, '  start: 2019-02-17\n', ''],
  'period.start emptied': [HELD, '  start: 2019-02-17\n', '  start:\n'],
  'published removed': [ARTICLE, 'published: 2019-02\n', ''],
  'published emptied': [ARTICLE, 'published: 2019-02\n', 'published:\n'],
  'title removed': [ARTICLE, /title: .*\n/.source, ''],
  'title emptied': [ARTICLE, /title: .*\n/.source, 'title:\n'],
  'count removed': [ANNOUNCED, '    count: 25\n', ''],
  'count emptied': [ANNOUNCED, '    count: 25\n', '    count:\n'],
  'sendoff.date removed': [HELD, '  date: 2019-02-15\n', ''],
  'sendoff.date emptied': [HELD, '  date: 2019-02-15\n', '  date:\n'],
  'period unsupported (held)': [HELD, HELD_SUPPORTS, HELD_SUPPORTS.replace(' period,', '')],
  'period unsupported (announced)': [
    ANNOUNCED,
    ANNOUNCED_SUPPORTS,
    ANNOUNCED_SUPPORTS.replace(' period,', ''),
  ],
  'count unsupported': [
    ANNOUNCED,
    ANNOUNCED_SUPPORTS,
    ANNOUNCED_SUPPORTS.replace(', participants.asn-kota-jambi', ''),
  ],
  'sendoff.date unsupported': [HELD, 'supports: [sendoff.date, ', 'supports: ['],
  'count written as jumlah': [ANNOUNCED, '    count: 25\n', '    jumlah: 25\n'],
  'title written as judul': [ARTICLE, 'title: ', 'judul: '],
  'period.start written as mulai': [ANNOUNCED, '  start: 2019-07\n', '  mulai: 2019-07\n'],
};

const copies: ContentCopy[] = [];
afterEach(() => {
  for (const c of copies.splice(0)) c.cleanup();
});

/** A copy of content/ with one edit made. */
function edited([file, from, to]: Edit): ContentCopy {
  const copy = copyContent();
  copies.push(copy);
  copy.edit(file, (text) =>
    from.includes('.*') ? text.replace(new RegExp(from), to) : replaced(text, from, to),
  );
  return copy;
}

/** The file of a problem, relative to the content folder. */
const fileOf = (p: Problem): string => p.file.replace(/^content\//, '');
/** Whether a problem says its field is required (missing), or its list may not be empty. */
const saysRequired = (p: Problem): boolean => /\bwajib\b|harus berisi minimal/.test(p.message.id);
/** Whether `field` is `of` or inside it. */
const within = (field: string | undefined, of: string): boolean =>
  field === of || field?.startsWith(`${of}.`) === true || field?.startsWith(`${of}[`) === true;

describe('the check’s advice after an edit', () => {
  it.each(Object.entries(EDITS))('%s: never "remove" and "required" for one field', (_, edit) => {
    const problems = edited(edit).check();
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      const removed = removalAdvised(p);
      if (removed === undefined) continue;
      const clash = problems.filter(
        (q) => q.file === p.file && within(q.field, removed) && saysRequired(q),
      );
      expect(clash, `${p.file} [${p.field}]: ${p.fix.id}`).toEqual([]);
    }
  });

  it.each(Object.entries(EDITS))(
    '%s: doing what it says to remove never makes the field required',
    (_, edit) => {
      const copy = edited(edit);
      const advised = copy.check().flatMap((p) => {
        const field = removalAdvised(p);
        return field === undefined ? [] : [{ file: fileOf(p), field }];
      });
      for (const { file, field } of advised) {
        removeField(copy, file, field);
        // A participant group is an item of its list: the list must not be left empty either.
        const place = field.startsWith('participants.') ? 'participants' : field;
        const next = copy.check().filter((q) => fileOf(q) === file && within(q.field, place));
        expect(next.filter(saysRequired), `${file}: after removing ${field}`).toEqual([]);
      }
    },
  );

  it('names the field another name was written for, and never says to remove it', () => {
    for (const name of ['count written as jumlah', 'title written as judul'] as const) {
      const edit = EDITS[name];
      if (!edit) throw new Error(name);
      const problems = edited(edit)
        .check()
        .filter((p) => fileOf(p) === edit[0]);
      expect(problems.map((p) => p.fix.id)).toEqual([
        expect.stringMatching(/^Ganti nama kolom (jumlah menjadi count|judul menjadi title)\./),
      ]);
    }
  });

  it('says what to write instead of removing a fact no source states', () => {
    const fix = (name: string) => {
      const edit = EDITS[name];
      if (!edit) throw new Error(name);
      return edited(edit)
        .check()
        .find((p) => p.code === 'fact-without-source')?.fix.id;
    };
    expect(fix('period unsupported (announced)')).toContain('tulis period: unknown');
    expect(fix('period unsupported (held)')).toContain('tulis status: announced (atau planned)');
    expect(fix('count unsupported')).toContain('tulis count: unknown');
    expect(fix('sendoff.date unsupported')).toContain('hapus seluruh bagian sendoff');
    for (const name of ['period unsupported (held)', 'count unsupported'])
      expect(fix(name)).not.toContain('hapus kolom ini');
  });

  it('does not ask to remove list items whose quotes could not be read', () => {
    const edit = EDITS['published removed'];
    if (!edit) throw new Error('published removed');
    const codes = edited(edit)
      .check()
      .map((p) => p.code);
    expect(codes).toContain('reference-unreadable-article');
    expect(codes).not.toContain('list-item-without-source');
  });
});
