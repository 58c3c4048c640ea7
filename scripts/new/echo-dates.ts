/**
 * Saying back how a chosen quote's dates were read, in the check's own
 * words (src/lib/check/date-readings.ts): for each date value of the record
 * the quote states by a date it does not write in full ("kemarin", "Senin
 * (15/10)", "1 Juli mendatang"), the date it was read as; and a weekday that
 * contradicts its date. The editor sees at once what `npm run check` will note.
 */
import { readingsOf, weekdayConflicts } from '../../src/lib/check/date-readings.ts';
import { supportable } from '../../src/lib/check/fact-parts.ts';
import { findDates } from '../../src/lib/text/indonesian.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import type { Prompter } from './ask.ts';
import type { CitationInput } from './citations.ts';
import { statedFacts } from './quotes.ts';

/** Say how the dates of `quote` that state the record's date values were read. */
export function echoDates(io: Prompter, quote: string, input: CitationInput): void {
  const q = normalizeText(quote);
  const stated = new Set(statedFacts(q, input.facts, input.ctx, input.content, input.status));
  const dated = [...supportable(input.facts).values()].filter(
    (f) => stated.has(f.path) && (f.check.kind === 'date' || f.check.kind === 'period'),
  );
  if (dated.length === 0) return;
  const said = new Set<string>();
  for (const f of dated)
    for (const b of readingsOf(f.check, q, input.ctx)) {
      if (!said.has(b.id)) io.say(`  ℹ ${b.id}`);
      said.add(b.id);
    }
  for (const b of weekdayConflicts(q, findDates(q, input.ctx))) io.say(`  ⚠ ${b.id}`);
}
