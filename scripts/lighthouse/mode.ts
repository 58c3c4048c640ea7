/**
 * The command line of scripts/lighthouse.ts (pure part): the default mode
 * (four pages, one run each) or `--all` (every page type) with `--runs N`
 * runs per page, 3 unless given. A bad line gives a message, Indonesian
 * then English, naming the flag and its fix.
 */

export interface Mode {
  all: boolean;
  runs: number;
}

/** The mode asked for by the arguments, or the message saying what is wrong with them. */
export function parseMode(args: readonly string[]): Mode | string {
  const all = args.includes('--all');
  const at = args.indexOf('--runs');
  if (at === -1) return { all, runs: all ? 3 : 1 };
  if (!all)
    return (
      '--runs hanya berlaku bersama --all; tambahkan --all atau hapus --runs.\n' +
      '--runs only applies with --all; add --all or drop --runs.'
    );
  const given = args[at + 1];
  const runs = Number(given);
  if (given === undefined || !Number.isInteger(runs) || runs < 1)
    return (
      `--runs perlu bilangan bulat ≥ 1, bukan ${given ?? '(kosong)'}; contoh: --runs 3.\n` +
      `--runs needs a whole number ≥ 1, not ${given ?? '(nothing)'}; e.g. --runs 3.`
    );
  return { all, runs };
}
