/**
 * Zod validation issues turned into problems an editor can act on: the file,
 * the line, the field, what is wrong and the fix, in Indonesian and English.
 */
import type { z } from 'astro/zod';
import { fieldPath, type Bilingual, type Problem } from './problem.ts';

interface FieldDoc {
  description?: string;
  description_en?: string;
}

/** Unwrap optional/default/pipe wrappers to reach the schema that describes a value. */
function inner(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (let i = 0; i < 10; i++) {
    const def = (s as unknown as { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } })
      .def;
    if (
      (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') &&
      def.innerType
    )
      s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else break;
  }
  return s;
}

/** The Indonesian and English description of the field at `path`, if the schema has one. */
export function describeField(
  schema: z.ZodType,
  path: readonly PropertyKey[],
): FieldDoc | undefined {
  let s: z.ZodType | undefined = schema;
  let meta: FieldDoc | undefined;
  for (const key of path) {
    if (!s) return undefined;
    const def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } = (
      inner(s) as unknown as {
        def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
      }
    ).def;
    if (def.type === 'object' && typeof key === 'string') s = def.shape?.[key];
    else if (def.type === 'array' && typeof key === 'number') s = def.element;
    else return meta;
    meta = s ? ((s.meta() as FieldDoc | undefined) ?? meta) : meta;
  }
  return s ? ((s.meta() as FieldDoc | undefined) ?? meta) : meta;
}

const CUSTOM: Record<string, { message: Bilingual; fix: Bilingual }> = {
  slug: {
    message: { id: 'Bukan kunci yang sah.', en: 'Not a valid key.' },
    fix: {
      id: 'Gunakan huruf kecil, angka dan tanda hubung, mis. public-service.',
      en: 'Use lower-case letters, digits and hyphens, e.g. public-service.',
    },
  },
  'partial-date': {
    message: { id: 'Tanggal tidak sah.', en: 'Not a valid date.' },
    fix: {
      id: 'Tulis tanggal sebagai TTTT-BB-HH (2023-03-23), TTTT-BB (2023-03) bila hanya bulannya diketahui, atau TTTT (2023).',
      en: 'Write the date as YYYY-MM-DD (2023-03-23), YYYY-MM (2023-03) when only the month is known, or YYYY (2023).',
    },
  },
  'full-date': {
    message: { id: 'Tanggal lengkap tidak sah.', en: 'Not a valid full date.' },
    fix: {
      id: 'Tulis sebagai TTTT-BB-HH, mis. 2023-05-15.',
      en: 'Write it as YYYY-MM-DD, e.g. 2023-05-15.',
    },
  },
  'plain-text': {
    message: {
      id: 'Teks berisi < atau > (markup HTML tidak diizinkan).',
      en: 'Text contains < or > (HTML markup is not allowed).',
    },
    fix: { id: 'Hapus tanda < dan >; tulis teks biasa.', en: 'Remove < and >; write plain text.' },
  },
  'field-path': {
    message: {
      id: 'Nama kolom di supports tidak sah.',
      en: 'Field name in supports is not valid.',
    },
    fix: {
      id: 'Tulis nama kolom seperti period, theme, participants.asn-kota-jambi, sendoff.date.',
      en: 'Write field names such as period, theme, participants.asn-kota-jambi, sendoff.date.',
    },
  },
  time: {
    message: { id: 'Jam tidak sah.', en: 'Not a valid time.' },
    fix: { id: 'Tulis jam sebagai JJ:MM, mis. 14:59.', en: 'Write the time as HH:MM, e.g. 14:59.' },
  },
  'republishes-required': {
    message: {
      id: 'Artikel berjenis republication harus menyebut artikel asalnya.',
      en: 'An article of kind republication must name the article it republishes.',
    },
    fix: {
      id: 'Tambahkan republishes: dengan outlet (dan url, published bila diketahui).',
      en: 'Add republishes: with outlet (and url, published when known).',
    },
  },
  'duplicate-group': {
    message: {
      id: 'Kelompok peserta yang sama ditulis dua kali.',
      en: 'The same participant group is listed twice.',
    },
    fix: {
      id: 'Gabungkan menjadi satu baris per kelompok.',
      en: 'Merge them into one line per group.',
    },
  },
};

function describeValue(v: unknown): string {
  if (v === undefined) return '(empty)';
  const s = JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

function translate(
  issue: z.core.$ZodIssue,
  input: unknown,
): { message: Bilingual; fix: Bilingual } {
  const custom = CUSTOM[issue.message];
  if (custom) return custom;
  if (input === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'custom') {
    return {
      message: { id: 'Kolom wajib belum diisi.', en: 'Required field is missing.' },
      fix: { id: 'Tambahkan kolom ini (lihat templat).', en: 'Add this field (see the template).' },
    };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) {
        return {
          message: { id: 'Kolom wajib belum diisi.', en: 'Required field is missing.' },
          fix: {
            id: 'Tambahkan kolom ini (lihat templat).',
            en: 'Add this field (see the template).',
          },
        };
      }
      return {
        message: {
          id: `Jenis nilai salah: diharapkan ${issue.expected}, tertulis ${describeValue(input)}.`,
          en: `Wrong kind of value: expected ${issue.expected}, got ${describeValue(input)}.`,
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
          id: `Nilai ${describeValue(input)} tidak dikenal.`,
          en: `Unknown value ${describeValue(input)}.`,
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
              ? `Alamat web tidak sah: ${describeValue(input)}.`
              : `Format tidak sah: ${describeValue(input)}.`,
          en:
            issue.format === 'url'
              ? `Not a valid web address: ${describeValue(input)}.`
              : `Invalid format: ${describeValue(input)}.`,
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
      return {
        message: {
          id: `Nilai ${describeValue(input)} tidak sesuai bentuk yang diterima.`,
          en: `Value ${describeValue(input)} does not match any accepted form.`,
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

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * Validate `data` against `schema`; every issue becomes a problem. Returns the
 * parsed value when valid.
 */
export function validateEntry<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): { value?: z.output<T>; problems: Problem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    const path = issue.path;
    const input = valueAt(data, path);
    const { message, fix } = translate(issue, input);
    const field = describeField(schema, path);
    const line = lineOf(issue.code === 'unrecognized_keys' ? [...path, issue.keys[0] ?? ''] : path);
    const hintId = field?.description ? ` Kolom ini: ${field.description}` : '';
    const hintEn = field?.description_en ? ` This field: ${field.description_en}` : '';
    return {
      file,
      ...(line === undefined ? {} : { line }),
      field:
        fieldPath(issue.code === 'unrecognized_keys' ? [...path, issue.keys[0] ?? ''] : path) ||
        '(berkas)',
      code: `schema-${issue.code.replace(/_/g, '-')}`,
      message,
      fix: { id: fix.id + hintId, en: fix.en + hintEn },
    };
  });
  return { problems };
}
