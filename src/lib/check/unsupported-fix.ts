/**
 * What to do about a fact no source supports: add its path to the supports
 * of a quote that states it, or add a source — and, when no source states
 * it, what the record says instead, decided by what the field allows: an
 * optional field is removed, a field inside an optional part removes the
 * part, a count or a period of a tentative cohort becomes `unknown`, a
 * qualifier becomes `exact`. A field the record cannot do without is never
 * advised away, so following the advice never leads to "this field is
 * required".
 */
import { claimSchema } from '../../schemas/claim.ts';
import { cohortSchema } from '../../schemas/cohort.ts';
import { contextEventSchema } from '../../schemas/context-event.ts';
import type { z } from 'astro/zod';
import { schemaAt } from './field-schema.ts';
import type { Bilingual } from './problem.ts';

const RECORD_SCHEMAS: readonly z.ZodType[] = [cohortSchema, claimSchema, contextEventSchema];

const isOptional = (s: z.ZodType): boolean =>
  ['optional', 'default'].includes((s as unknown as { def: { type: string } }).def.type);

/** How a field may be left out: alone, with the part it is in, or not at all. */
function leaving(path: string): { field: true } | { part: string } | undefined {
  const keys = path.split('.');
  for (const schema of RECORD_SCHEMAS) {
    const leaf = schemaAt(schema, keys);
    if (!leaf) continue;
    if (isOptional(leaf)) return { field: true };
    for (let i = keys.length - 1; i > 0; i--) {
      const part = schemaAt(schema, keys.slice(0, i));
      if (part && isOptional(part)) return { part: keys.slice(0, i).join('.') };
    }
    return undefined;
  }
  return undefined;
}

/** What the record says when no source states the fact at `path`, or undefined to say nothing more. */
function otherwise(path: string, data: object): Bilingual | undefined {
  const d = data as { status?: string; participants?: readonly unknown[] };
  if (path === 'period' || path.startsWith('period.'))
    return d.status === 'held'
      ? {
          id: 'angkatan held harus punya tanggal pelatihan dari sumber; bila tidak ada sumber yang menyebutnya, tulis status: announced (atau planned) dan period: unknown',
          en: 'a held cohort needs its training dates from a source; if no source gives them, write status: announced (or planned) and period: unknown',
        }
      : {
          id: 'bila sumber tidak menyebut tanggal pelatihan, tulis period: unknown',
          en: 'if no source gives the training dates, write period: unknown',
        };
  if (path.startsWith('participants.')) {
    const others = (d.participants?.length ?? 0) > 1;
    return {
      id: `bila sumber menyebut kelompok ini tanpa jumlahnya, tulis count: unknown${others ? '; bila sumber sama sekali tidak menyebut kelompok ini, hapus butirnya (baris group dan count-nya)' : ''}`,
      en: `if the source names the group without its number, write count: unknown${others ? '; if no source names the group at all, remove its item (its group and count lines)' : ''}`,
    };
  }
  if (path === 'qualifier')
    return {
      id: 'bila kutipan tidak menulis kata apa pun di depan angka, tulis qualifier: exact',
      en: 'if the quote writes no word before the number, write qualifier: exact',
    };
  const left = leaving(path);
  if (!left) return undefined;
  if ('part' in left)
    return {
      id: `bila sumber tidak menyebutnya, hapus seluruh bagian ${left.part}`,
      en: `if no source states it, remove the whole ${left.part} part`,
    };
  return {
    id: 'bila sumber tidak menyebutnya, hapus kolom ini',
    en: 'if no source states it, remove the field',
  };
}

/** The fix of a fact no source supports. */
export function unsupportedFix(path: string, data: object): Bilingual {
  const add = {
    id: `Tambahkan "${path}" ke supports pada kutipan yang menyebutnya, atau tambahkan sumber baru`,
    en: `Add "${path}" to the supports of a citation that states it, or add a new source`,
  };
  const rest = otherwise(path, data);
  return rest
    ? { id: `${add.id}; ${rest.id}.`, en: `${add.en}; ${rest.en}.` }
    : {
        id: `${add.id}.`,
        en: `${add.en}.`,
      };
}
