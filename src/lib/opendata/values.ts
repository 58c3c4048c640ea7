/**
 * The recorded value of one fact of a record, as language-neutral text: the
 * form the open data files use in their `value` columns and the corrections
 * checker compares against. Keys stay keys, dates stay ISO (at the precision
 * the source gives), a period is an ISO 8601 interval, an unknown count is
 * the word `unknown`, lists are joined by LIST_SEPARATOR.
 */
import type { Claim } from '../../schemas/claim.ts';
import type { Cohort } from '../../schemas/cohort.ts';
import type { ContextEvent } from '../../schemas/context-event.ts';

export type RecordKind = 'cohort' | 'claim' | 'context';

/** Joins the items of a list value ("Geoworks | NCS Pte Ltd"). */
export const LIST_SEPARATOR = ' | ';

/** A period as an ISO 8601 interval ("2019-02-17/2019-02-23"), its start alone, or `unknown`. */
export function periodValue(
  period: { start: string; end?: string | undefined } | 'unknown',
): string {
  if (period === 'unknown') return period;
  return period.end === undefined ? period.start : `${period.start}/${period.end}`;
}

function cohortValue(c: Cohort, path: string): string | undefined {
  if (path.startsWith('participants.')) {
    const count = c.participants.find((p) => p.group === path.slice('participants.'.length))?.count;
    return count === undefined ? undefined : String(count);
  }
  switch (path) {
    case 'programme':
    case 'theme':
    case 'status':
    case 'place':
      return c[path];
    case 'course_name':
    case 'host':
      return c[path];
    case 'period':
      return periodValue(c.period);
    case 'period.start':
      return c.period === 'unknown' ? undefined : c.period.start;
    case 'period.end':
      return c.period === 'unknown' ? undefined : c.period.end;
    case 'sendoff.date':
      return c.sendoff?.date;
    case 'sendoff.place':
      return c.sendoff?.place;
    case 'sendoff.by':
      return c.sendoff?.by;
    case 'experts':
      return c.experts?.map((e) => e.name).join(LIST_SEPARATOR);
    case 'site_visits':
      return c.site_visits?.join(LIST_SEPARATOR);
    default:
      return undefined;
  }
}

function claimValue(c: Claim, path: string): string | undefined {
  const s = c.scope;
  switch (path) {
    case 'value':
      return String(c.value);
    case 'qualifier':
      return c.qualifier;
    case 'speaker':
      return c.speaker;
    case 'scope.programme':
      return s.programme;
    case 'scope.place':
      return s.place;
    case 'scope.since':
      return s.since;
    case 'scope.window_years':
      return s.window_years === undefined ? undefined : String(s.window_years);
    case 'scope.year':
      return s.year === undefined ? undefined : String(s.year);
    case 'scope.excludes':
      return s.excludes?.id;
    default:
      return undefined;
  }
}

function contextValue(e: ContextEvent, path: string): string | undefined {
  if (path === 'date') return e.date;
  if (path === 'kind') return e.kind;
  return undefined;
}

/** The recorded value at a fact path, or undefined when the record has no such fact. */
export function factValue(
  record:
    | { kind: 'cohort'; data: Cohort }
    | { kind: 'claim'; data: Claim }
    | { kind: 'context'; data: ContextEvent },
  path: string,
): string | undefined {
  switch (record.kind) {
    case 'cohort':
      return cohortValue(record.data, path);
    case 'claim':
      return claimValue(record.data, path);
    case 'context':
      return contextValue(record.data, path);
  }
}
