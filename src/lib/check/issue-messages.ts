/**
 * What a zod issue means for an editor, in Indonesian and English: the
 * message and the fix, by the kind of issue and the value it is about. A
 * check a schema names (`{ message: 'slug' }`) gets its own explanation; a
 * missing field is always "required"; an issue not translated here gets a
 * generic message that still quotes zod's.
 */
import type { z } from 'astro/zod';
import { NAMED_ISSUES } from './named-issues.ts';
import type { Bilingual } from './problem.ts';

/** A value as a message quotes it: its JSON, shortened past 40 characters. */
function describeValue(v: unknown, lang: 'id' | 'en'): string {
  const empty = lang === 'id' ? '(kosong)' : '(empty)';
  if (v === undefined || v === null) return empty;
  // JSON's null (inside a list or map) is the word an editor would use for an empty value.
  const s = (JSON.stringify(v) ?? '').replace(/\bnull\b/g, empty);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

/** The message and fix for one zod issue, given the value it is about (`input`). */
export function issueMessage(
  issue: z.core.$ZodIssue,
  input: unknown,
): { message: Bilingual; fix: Bilingual } {
  const named = NAMED_ISSUES[issue.message];
  if (named) return named;
  if (input === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'custom') {
    return {
      message: { id: 'Kolom wajib belum diisi.', en: 'Required field is missing.' },
      fix: { id: 'Tambahkan kolom ini (lihat templat).', en: 'Add this field (see the template).' },
    };
  }
  switch (issue.code) {
    case 'invalid_type':
      return {
        message: {
          id: `Jenis nilai salah: diharapkan ${issue.expected}, tertulis ${describeValue(input, 'id')}.`,
          en: `Wrong kind of value: expected ${issue.expected}, got ${describeValue(input, 'en')}.`,
        },
        fix: {
          id:
            issue.expected === 'array'
              ? 'Tulis sebagai daftar: setiap butir di baris sendiri diawali "- ".'
              : `Tulis nilai berjenis ${issue.expected}.`,
          en:
            issue.expected === 'array'
              ? 'Write a list: each item on its own line starting with "- ".'
              : `Write a value of kind ${issue.expected}.`,
        },
      };
    case 'too_small':
      if (issue.origin === 'string' && typeof input === 'string' && input.trim() === '')
        return {
          message: { id: 'Kolom ini belum diisi (kosong).', en: 'This field is empty.' },
          fix: { id: 'Tulis isinya.', en: 'Write its text.' },
        };
      return {
        message: {
          id:
            issue.origin === 'array'
              ? `Daftar harus berisi minimal ${issue.minimum} butir.`
              : issue.origin === 'string'
                ? `Teks terlalu pendek (minimal ${issue.minimum} karakter).`
                : `Angka terlalu kecil (minimal ${issue.minimum}).`,
          en:
            issue.origin === 'array'
              ? `The list needs at least ${issue.minimum} item(s).`
              : issue.origin === 'string'
                ? `Text too short (at least ${issue.minimum} characters).`
                : `Number too small (at least ${issue.minimum}).`,
        },
        fix:
          issue.origin === 'array'
            ? { id: 'Tambahkan butir ke daftar ini.', en: 'Add items to this list.' }
            : issue.origin === 'string'
              ? { id: 'Lengkapi teksnya.', en: 'Complete the text.' }
              : {
                  id: 'Perbaiki angkanya. Bila sumber tidak menyebut jumlah, tulis unknown — jangan 0.',
                  en: 'Correct the number. When the source gives no number, write unknown — never 0.',
                },
      };
    case 'too_big':
      return {
        message: {
          id:
            issue.origin === 'string'
              ? `Teks terlalu panjang (maksimal ${issue.maximum} karakter).`
              : issue.origin === 'array'
                ? `Daftar terlalu panjang (maksimal ${issue.maximum}).`
                : `Angka terlalu besar (maksimal ${issue.maximum}).`,
          en:
            issue.origin === 'string'
              ? `Text too long (at most ${issue.maximum} characters).`
              : issue.origin === 'array'
                ? `List too long (at most ${issue.maximum}).`
                : `Number too large (at most ${issue.maximum}).`,
        },
        fix: { id: 'Perpendek nilainya.', en: 'Shorten the value.' },
      };
    case 'invalid_value':
      return {
        message: {
          id: `Nilai ${describeValue(input, 'id')} tidak dikenal.`,
          en: `Unknown value ${describeValue(input, 'en')}.`,
        },
        fix: {
          id: `Pilih salah satu: ${issue.values.map(String).join(', ')}.`,
          en: `Choose one of: ${issue.values.map(String).join(', ')}.`,
        },
      };
    case 'unrecognized_keys':
      return {
        message: {
          id: `Kolom tidak dikenal: ${issue.keys.join(', ')}.`,
          en: `Unknown field(s): ${issue.keys.join(', ')}.`,
        },
        fix: {
          id: 'Periksa ejaan nama kolom (lihat templat) atau hapus kolom ini.',
          en: 'Check the spelling of the field name (see the template) or remove it.',
        },
      };
    case 'invalid_format':
      return {
        message: {
          id:
            issue.format === 'url'
              ? `Alamat web tidak sah: ${describeValue(input, 'id')}.`
              : `Format tidak sah: ${describeValue(input, 'id')}.`,
          en:
            issue.format === 'url'
              ? `Not a valid web address: ${describeValue(input, 'en')}.`
              : `Invalid format: ${describeValue(input, 'en')}.`,
        },
        fix: {
          id:
            issue.format === 'url'
              ? 'Tulis alamat lengkap yang diawali https:// atau http://, atau unknown bila tidak diketahui.'
              : 'Perbaiki formatnya sesuai templat.',
          en:
            issue.format === 'url'
              ? 'Write the full address starting with https:// or http://, or unknown when not known.'
              : 'Fix the format to match the template.',
        },
      };
    case 'invalid_union':
      if (input === null)
        return {
          message: { id: 'Kolom ini belum diisi (kosong).', en: 'This field is empty.' },
          fix: {
            id: 'Tulis nilainya; bentuk yang diterima ada di keterangan kolom di bawah.',
            en: 'Write its value; the accepted forms are in the field description below.',
          },
        };
      return {
        message: {
          id: `Nilai ${describeValue(input, 'id')} tidak sesuai bentuk yang diterima.`,
          en: `Value ${describeValue(input, 'en')} does not match any accepted form.`,
        },
        fix: {
          id: 'Lihat keterangan kolom di bawah untuk bentuk yang diterima.',
          en: 'See the field description for the accepted forms.',
        },
      };
    case 'invalid_key': {
      const key = String(issue.path.at(-1) ?? '');
      const suggestion = key
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      return {
        message: {
          id: `Kunci "${key}" tidak sah.`,
          en: `The key "${key}" is not valid.`,
        },
        fix: {
          id: `Gunakan huruf kecil, angka dan tanda hubung${suggestion ? `, mis. ${suggestion}` : ''}.`,
          en: `Use lower-case letters, digits and hyphens${suggestion ? `, e.g. ${suggestion}` : ''}.`,
        },
      };
    }
    default:
      break;
  }
  return {
    message: { id: `Nilai tidak sah (${issue.message}).`, en: `Invalid value (${issue.message}).` },
    fix: { id: 'Bandingkan dengan templat.', en: 'Compare with the template.' },
  };
}
