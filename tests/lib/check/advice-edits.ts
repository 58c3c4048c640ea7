/**
 * Editing a copy of the real content/ the way an editor would: a field
 * removed or emptied, a path dropped from a citation's supports, a field
 * renamed; and following a problem's advice to remove a field, so a test
 * can see what the check says next.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { runCheck } from '../../../src/lib/check/index.ts';
import type { Problem } from '../../../src/lib/check/problem.ts';
import { REAL_CONTENT } from '../../helpers/corpus.ts';

/** The day the check is run on, so that nothing depends on today. */
const TODAY = '2026-12-02';

/** A copy of content/ in a temporary folder, to edit and check. */
export interface ContentCopy {
  root: string;
  content: string;
  /** Replace the file's text (path relative to content/). */
  edit(file: string, change: (text: string) => string): void;
  /** Every problem the check reports. */
  check(): Problem[];
  cleanup(): void;
}

export function copyContent(): ContentCopy {
  const root = mkdtempSync(join(tmpdir(), 'jejak-advice-'));
  const content = join(root, 'content');
  cpSync(REAL_CONTENT, content, { recursive: true });
  return {
    root,
    content,
    edit: (file, change) => {
      const path = join(content, file);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    },
    check: () => runCheck(root, content, TODAY).problems,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** `text` with `from` replaced by `to`; throws when `from` is not in it. */
export function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the content no longer has ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** The YAML of a file: the whole of a .yaml, the front matter of a .md. */
function yamlPart(text: string, file: string): { yaml: string; wrap: (y: string) => string } {
  if (!file.endsWith('.md')) return { yaml: text, wrap: (y) => y };
  const end = text.indexOf('\n---\n', 4);
  return {
    yaml: text.slice(4, end + 1),
    wrap: (y) => `---\n${y}${text.slice(end + 1)}`,
  };
}

/** A problem's field as a YAML path; a fact path "participants.<group>" is that group's item. */
function yamlPath(field: string, data: unknown): (string | number)[] {
  const group = /^participants\.([a-z0-9-]+)$/.exec(field)?.[1];
  if (group !== undefined) {
    const list = (data as { participants?: { group: string }[] }).participants ?? [];
    return ['participants', list.findIndex((p) => p.group === group)];
  }
  return field
    .split(/\.|(?=\[)/)
    .map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : part));
}

/** What a problem's fix tells the editor to remove from its own file, if anything. */
export function removalAdvised(p: Problem): string | undefined {
  const fix = p.fix.id;
  if (/hapus kolom ini|hapus baris ini/.test(fix)) return p.field;
  const part = /hapus seluruh bagian ([a-z_.]+)/.exec(fix)?.[1];
  if (part) return part;
  if (/hapus butirnya/.test(fix)) return p.field;
  return undefined;
}

/** Remove `field` (a problem's field) from the file, as an editor following the advice would. */
export function removeField(copy: ContentCopy, file: string, field: string): void {
  copy.edit(file, (text) => {
    const { yaml, wrap } = yamlPart(text, file);
    const doc = parseDocument(yaml);
    const path = yamlPath(field, doc.toJS());
    const parent = doc.getIn(path.slice(0, -1));
    if (!isMap(parent) && !isSeq(parent) && path.length > 1)
      throw new Error(`no ${field} to remove in ${file}`);
    doc.deleteIn(path);
    return wrap(doc.toString());
  });
}
