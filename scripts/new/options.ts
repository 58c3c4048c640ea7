/**
 * The answers of `npm run new`, as flags: every question of the interview has
 * a flag (flags.ts), so a script can give all answers at once and a person
 * can give some and be asked the rest. Parses the command line into answers
 * and writes the `--help` text in Indonesian and English.
 */
import { parseArgs } from 'node:util';
import { FLAGS, type Flag } from './flags.ts';
import { siteDefaults, type SiteDefaults } from './site-defaults.ts';

export type FlagName = keyof typeof FLAGS;
type ValueFlag = {
  [K in FlagName]: (typeof FLAGS)[K] extends { value: string } ? K : never;
}[FlagName];
type MultipleFlag = {
  [K in FlagName]: (typeof FLAGS)[K] extends { multiple: true } ? K : never;
}[FlagName];
type SingleFlag = Exclude<ValueFlag, MultipleFlag>;
type SwitchFlag = Exclude<FlagName, ValueFlag>;

/** Every answer, by flag name: text for one-value flags, lists for repeatable ones, switches as booleans. */
export type Answers = { [K in SingleFlag]?: string | undefined } & {
  [K in MultipleFlag]?: string[] | undefined;
} & { [K in SwitchFlag]?: boolean | undefined };

/** Parse `argv` (without node and script); throws with a bilingual message on an unknown flag. */
export function parseFlags(argv: readonly string[]): Answers {
  const options = Object.fromEntries(
    Object.entries(FLAGS).map(([name, f]) => [
      name,
      'value' in f
        ? { type: 'string' as const, multiple: 'multiple' in f && f.multiple }
        : { type: 'boolean' as const },
    ]),
  );
  try {
    const { values } = parseArgs({
      args: [...argv],
      options,
      strict: true,
      allowPositionals: false,
    });
    return values as Answers;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Flag tidak dikenal atau tanpa nilai (${detail}). Lihat npm run new -- --help.\n` +
        `(Unknown flag or missing value. See npm run new -- --help.)`,
      { cause: error },
    );
  }
}

/**
 * The --help text: usage, then every flag with its Indonesian and English
 * description, the government's own civil servants named from the profile.
 */
export function helpText(defaults: SiteDefaults = siteDefaults(undefined)): string {
  const staff = (text: string, lang: 'id' | 'en') =>
    text.replaceAll('{staff}', defaults.staffName[lang]);
  const lines = [
    'npm run new — tambah siaran pers (artikel) beserta angkatan dan klaimnya.',
    '(Add a press release — an article — with its cohort and claims.)',
    '',
    'Pemakaian / usage:',
    '  npm run new                       tanya jawab / interactive',
    '  npm run new -- --flag=nilai …     jawaban sebagai flag / answers as flags',
    '  … < jawaban.txt                   jawaban per baris / one answer per line',
    '',
    'Tidak pernah menimpa berkas. Never overwrites a file.',
    '',
  ];
  for (const [name, f] of Object.entries(FLAGS) as [string, Flag][]) {
    const head = `  --${name}${f.value ? `=${f.value}` : ''}${f.multiple ? ' (…)' : ''}`;
    lines.push(head, `      ${staff(f.id, 'id')}`, `      (${staff(f.en, 'en')})`);
  }
  return `${lines.join('\n')}\n`;
}
