/**
 * Asking one thing at a time, in Indonesian: a line of text (checked, asked
 * again when wrong), a choice from a numbered list, a yes/no, a pasted block.
 * Works on any `Prompter` — a terminal, or answers piped one per line — and
 * never loops at the end of input: an unanswered question gets its default.
 */
import { precisionOf } from '../../src/lib/dates/partial-date.ts';
import type { DateContext } from '../../src/lib/text/indonesian.ts';
import { readDate, type DateReading, type ReadDate } from './dates.ts';
import { readSince } from './scope-answers.ts';
import { meansUnknown, type Checked } from './validate.ts';

/** Where questions go and answers come from. */
export interface Prompter {
  /** Ask for one line; undefined when the input has ended. */
  ask(question: string): Promise<string | undefined>;
  /** Ask for lines until one holding only "." (or the end of input); undefined when the input ended before any. */
  askBlock(question: string): Promise<string | undefined>;
  /** Print a line. */
  say(text: string): void;
}

export interface Option {
  value: string;
  label: string;
}

/**
 * A line of text. Empty means `fallback` (optional questions) — or, when
 * `required`, the question is asked again; "-" empties an optional answer
 * that has a fallback (a value given before). A value failing `check` is
 * explained and asked again. `given` is an answer that came with a flag.
 */
export async function askText(
  io: Prompter,
  question: string,
  opts: {
    given?: string | undefined;
    check?: (answer: string) => Checked<unknown>;
    required?: boolean;
    fallback?: string | undefined;
  } = {},
): Promise<string | undefined> {
  let pending = opts.given;
  for (;;) {
    const shown = opts.fallback ? `${question} [${opts.fallback}]: ` : `${question}: `;
    const answer = pending !== undefined ? pending : await io.ask(shown);
    pending = undefined;
    if (answer === undefined) return opts.fallback;
    const a = answer.trim();
    if (a === '-' && opts.fallback !== undefined && !opts.required) return undefined;
    if (a === '') {
      if (opts.fallback !== undefined || !opts.required) return opts.fallback;
      io.say('  ✗ Wajib diisi. (Required.)');
      continue;
    }
    const checked = opts.check?.(a);
    if (checked && !checked.ok) {
      io.say(`  ✗ ${checked.problem.id}`);
      io.say(`    (${checked.problem.en})`);
      continue;
    }
    return a;
  }
}

/** The value an answer picks from `options`: its number or the value itself. */
export function pick(answer: string, options: readonly Option[]): string | undefined {
  const a = answer.trim();
  if (/^\d+$/u.test(a)) return options[Number(a) - 1]?.value;
  return options.find((o) => o.value === a)?.value;
}

/**
 * A choice from a numbered list. Empty means `fallback`; an answer that is
 * neither a number of the list nor a value in it is asked again.
 */
export async function askChoice(
  io: Prompter,
  question: string,
  options: readonly Option[],
  opts: { given?: string | undefined; fallback?: string | undefined } = {},
): Promise<string | undefined> {
  if (opts.given !== undefined) {
    const value = pick(opts.given, options);
    if (value !== undefined) return value;
    io.say(
      `  ✗ "${opts.given}" bukan pilihan yang ada. ("${opts.given}" is not one of the choices.)`,
    );
  }
  io.say(question);
  options.forEach((o, i) => io.say(`  ${i + 1}) ${o.label}`));
  const fallbackNo = options.findIndex((o) => o.value === opts.fallback) + 1;
  for (;;) {
    const answer = await io.ask(fallbackNo > 0 ? `Pilih nomor [${fallbackNo}]: ` : 'Pilih nomor: ');
    if (answer === undefined || answer.trim() === '') return opts.fallback;
    const value = pick(answer, options);
    if (value !== undefined) return value;
    io.say(`  ✗ Ketik nomor 1–${options.length}. (Type a number 1–${options.length}.)`);
  }
}

/** A yes/no question ("y"/"ya" or "t"/"tidak"); empty or the end of input means `fallback`. */
export async function askYesNo(
  io: Prompter,
  question: string,
  fallback: boolean,
): Promise<boolean> {
  for (;;) {
    const answer = await io.ask(`${question} (y/t) [${fallback ? 'y' : 't'}]: `);
    if (answer === undefined || answer.trim() === '') return fallback;
    const a = answer.trim().toLowerCase();
    if (['y', 'ya', 'yes'].includes(a)) return true;
    if (['t', 'tidak', 'n', 'no'].includes(a)) return false;
    io.say('  ✗ Ketik y (ya) atau t (tidak). (Type y or t.)');
  }
}

/**
 * A date typed as people write it ("7 Juni 2024", "15/10/2018", "Senin 15
 * Oktober 2018"), read and said back ("Dibaca sebagai: …"); asked again when
 * it cannot be read or its weekday is wrong. `fallback` (a stored form)
 * answers Enter; `ctx` completes a date without its year; `range` accepts a
 * period ("10 hingga 14 Juni 2024"); `unknown` accepts "tidak tahu" /
 * "unknown" (read as `unknown`); `day` accepts only a whole date; `since`
 * accepts the words that open a period ("sejak 2016", ./scope-answers.ts).
 */
export async function askDate(
  io: Prompter,
  question: string,
  opts: {
    given?: string | undefined;
    required?: boolean;
    fallback?: string | undefined;
    ctx?: DateContext;
    range?: boolean;
    unknown?: boolean;
    day?: boolean;
    since?: boolean;
  } = {},
): Promise<ReadDate | undefined> {
  const read = (a: string): DateReading => {
    if (opts.unknown && meansUnknown(a))
      return { ok: true, value: { start: 'unknown', shown: 'tidak diketahui (unknown)' } };
    const r = opts.since
      ? readSince(a, opts.ctx ? { ctx: opts.ctx } : {})
      : readDate(a, { ...(opts.ctx ? { ctx: opts.ctx } : {}), range: Boolean(opts.range) });
    if (!r.ok && opts.unknown)
      return {
        ok: false,
        problem: {
          id: `${r.problem.id} Bila tidak diketahui sama sekali, tulis "tidak tahu".`,
          en: `${r.problem.en} When it is not known at all, write "unknown".`,
        },
      };
    if (!r.ok || !opts.day || precisionOf(r.value.start) === 'day') return r;
    return {
      ok: false,
      problem: {
        id: `"${a}": di sini perlu tanggal lengkap (hari, bulan dan tahun), mis. 7 Juni 2024.`,
        en: `"${a}": a whole date (day, month and year) is needed here, e.g. 7 Juni 2024.`,
      },
    };
  };
  const answer = await askText(io, question, {
    given: opts.given,
    required: Boolean(opts.required),
    fallback: opts.fallback,
    check: (a) => {
      const r = read(a);
      return r.ok ? { ok: true, value: r.value } : r;
    },
  });
  if (answer === undefined) return undefined;
  const r = read(answer);
  if (!r.ok) return undefined;
  if (opts.given === undefined) io.say(`  Dibaca sebagai: ${r.value.shown}`);
  return r.value;
}
