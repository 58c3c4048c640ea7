/**
 * Whether a sentence states a cohort's status, so that `npm run new` tags a
 * quote with `status` only when it says so: `held` needs words saying the
 * training took place ("telah mengikuti", "menyelesaikan", "usai"), `planned`
 * words saying it will ("akan", "dijadwalkan"), `announced` words of an
 * announcement or plan ("akan", "rencana", "mendatang"). A send-off sentence
 * ("telah dilepas secara resmi") says nothing about the training itself.
 * The check accepts `status` on any quote; this is the scaffold's stricter
 * reading, so that what it writes can be read as evidence.
 */
import type { Cohort } from '../../src/schemas/cohort.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

const HELD =
  /(?<!\p{L})(?:(?:telah|sudah)\s+(?:\p{L}+\s+){0,2}?(?:mengikuti|menyelesaikan|melaksanakan|menjalani|dilaksanakan|berlangsung|diikuti|selesai|rampung|kembali)|selesai|rampung|usai|berakhir|ditutup|penutupan|menyelesaikan|completed|attended|took part|concluded)(?!\p{L})/iu;
const PLANNED = /(?<!\p{L})(?:akan|dijadwalkan|bakal|will|scheduled)(?!\p{L})/iu;
const ANNOUNCED =
  /(?<!\p{L})(?:akan|bakal|rencana|rencananya|direncanakan|mendatang|will|plans?|planned|upcoming)(?!\p{L})/iu;

const WORDS: Record<Cohort['status'], RegExp> = {
  held: HELD,
  planned: PLANNED,
  announced: ANNOUNCED,
};

/** Words of each status, for the question that asks for a status quote. */
export const STATUS_HINT: Record<Cohort['status'], string> = {
  held: '"telah mengikuti", "menyelesaikan", "usai"',
  planned: '"akan mengikuti", "dijadwalkan"',
  announced: '"akan", "rencana", "mendatang"',
};

/** Whether `quote` says that the training has the given status. */
export function statesStatus(quote: string, status: Cohort['status']): boolean {
  return WORDS[status].test(normalizeText(quote));
}
