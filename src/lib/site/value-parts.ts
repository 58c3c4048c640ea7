/**
 * A record value shown in parts, each with its own anchor and its own
 * citation markers, when its sources support the parts one by one: a
 * cohort's period whose start and end come from two sentences. A value
 * supported as a whole is shown whole.
 */
import type { Lang } from '../../i18n/lang.ts';
import { dateLabel } from './format.ts';

/** One part of a value: the field path its sources name, and the part as shown. */
export interface ValuePart {
  path: string;
  value: string;
}

/**
 * The start and end of a period as parts, when a source supports
 * `period.start` or `period.end` on its own (`cited` says which paths
 * have a source); undefined when the period is shown whole.
 */
export function periodParts(
  period: { start: string; end?: string | undefined },
  lang: Lang,
  cited: (path: string) => boolean,
): ValuePart[] | undefined {
  const parts: ValuePart[] = [{ path: 'period.start', value: dateLabel(period.start, lang) }];
  if (period.end !== undefined)
    parts.push({ path: 'period.end', value: dateLabel(period.end, lang) });
  return parts.some((p) => cited(p.path)) ? parts : undefined;
}
