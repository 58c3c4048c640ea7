/**
 * The options of `npm run sources`, parsed strictly: an unknown option or a
 * value that is not a positive number is a usage error (exit code 2) with a
 * message in Indonesian and English that names the option and its fix.
 */

export interface SourcesArgs {
  help: boolean;
  content?: string | undefined;
  /** Where the JSON report goes. */
  json: string;
  timeoutSeconds: number;
  delaySeconds: number;
  maxKib: number;
}

export const DEFAULTS = { json: 'tmp/sources/report.json', timeout: 20, delay: 2, maxKib: 2048 };

export const USAGE = `npm run sources -- [--content=FOLDER] [--json=PATH] [--timeout=SECONDS] [--delay=SECONDS] [--max-kib=N]
  Memeriksa alamat asli setiap artikel dan mencari kutipan yang kita kutip; tidak mengubah konten.
  (Fetches each article's original address and looks for the passages we cite; never edits content.)
  --content   folder konten (content folder); bawaan (default): content/
  --json      berkas laporan JSON (JSON report file); bawaan: ${DEFAULTS.json}
  --timeout   batas waktu per artikel, detik (time-out per article, seconds); bawaan: ${DEFAULTS.timeout}
  --delay     jeda antara dua permintaan ke server yang sama, detik (pause between two requests to one host); bawaan: ${DEFAULTS.delay}
  --max-kib   ukuran halaman terbesar yang dibaca, KiB (largest page read); bawaan: ${DEFAULTS.maxKib}
Kode keluar (exit code): 0 semua masih ada (all still there), 1 ada yang berubah/pindah/hilang/gagal (something changed, moved, is gone or failed), 2 pemakaian salah (bad usage).`;

export class UsageError extends Error {}

function positive(name: string, raw: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value <= 0)
    throw new UsageError(
      `Nilai --${name} harus angka lebih dari 0, bukan "${raw}"; mis. --${name}=10. (--${name} must be a number above 0, not "${raw}"; e.g. --${name}=10.)`,
    );
  return value;
}

/** Parse the command line (without node and the script). */
export function parseSourcesArgs(argv: readonly string[]): SourcesArgs {
  const args: SourcesArgs = {
    help: false,
    json: DEFAULTS.json,
    timeoutSeconds: DEFAULTS.timeout,
    delaySeconds: DEFAULTS.delay,
    maxKib: DEFAULTS.maxKib,
  };
  for (const arg of argv) {
    const [name = '', value] = arg.split(/=(.*)/su, 2);
    if ((name === '--help' || name === '-h') && value === undefined) args.help = true;
    else if (name === '--content' && value) args.content = value;
    else if (name === '--json' && value) args.json = value;
    else if (name === '--timeout' && value !== undefined)
      args.timeoutSeconds = positive('timeout', value);
    else if (name === '--delay' && value !== undefined)
      args.delaySeconds = positive('delay', value);
    else if (name === '--max-kib' && value !== undefined) args.maxKib = positive('max-kib', value);
    else
      throw new UsageError(
        `Pilihan tidak dikenal atau tanpa nilai: "${arg}". Lihat npm run sources -- --help. (Unknown option or missing value: "${arg}". See npm run sources -- --help.)`,
      );
  }
  return args;
}
