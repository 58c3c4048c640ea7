import { describe, expect, it } from 'vitest';
import { routes } from '../../../src/lib/site/routes.ts';
import {
  filterKeys,
  filterLabel,
  filterOptions,
  filterWords,
  timelineFilterOf,
  timelineHref,
} from '../../../src/lib/site/timeline-filter.ts';
import { cohort, term, vocabularies } from '../../helpers/records.ts';

const v = vocabularies({
  themes: {
    'public-service': term({ label: { id: 'Pelayanan publik', en: 'Public service' } }),
    water: term({ label: { id: 'Air', en: 'Water' } }),
  },
});

describe('filterKeys', () => {
  it('offers every status in the schema order, and each vocabulary term', () => {
    expect(filterKeys(v, 'status')).toEqual(['held', 'planned', 'announced']);
    expect(filterKeys(v, 'theme')).toEqual(['public-service', 'water']);
    expect(filterKeys(v, 'programme')).toEqual([...v.programmes.keys()]);
  });
});

describe('filterLabel', () => {
  it('names a status with its word and a term with its label, in each language', () => {
    expect(filterLabel(v, { field: 'status', key: 'planned' }, 'id')).toBe('direncanakan');
    expect(filterLabel(v, { field: 'status', key: 'planned' }, 'en')).toBe('planned');
    expect(filterLabel(v, { field: 'theme', key: 'water' }, 'en')).toBe('Water');
  });

  it('refuses a status key that is no status, naming the statuses', () => {
    expect(() => filterLabel(v, { field: 'status', key: 'done' }, 'id')).toThrow(
      /"done" is not a cohort status \(held, planned, announced\)/,
    );
  });
});

describe('filterOptions', () => {
  it('counts on each option the cohorts its page shows; a key without cohorts counts 0', () => {
    const byStatus = new Map([
      ['held', [cohort('a'), cohort('b')]],
      ['planned', [cohort('c', { status: 'planned' })]],
    ]);
    expect(filterOptions(v, byStatus, 'status', 'id')).toEqual([
      { key: 'held', label: 'terlaksana', count: 2 },
      { key: 'planned', label: 'direncanakan', count: 1 },
      { key: 'announced', label: 'diumumkan', count: 0 },
    ]);
  });
});

describe('timelineFilterOf', () => {
  it('keeps one field of the cohorts, or everything without a filter', () => {
    expect(timelineFilterOf(undefined)).toEqual({});
    expect(timelineFilterOf({ field: 'status', key: 'announced' })).toEqual({
      status: 'announced',
    });
    expect(timelineFilterOf({ field: 'programme', key: 'scp' })).toEqual({ programme: 'scp' });
  });
});

describe('timelineHref', () => {
  it('links each page of each filtered timeline to its own address', () => {
    expect(timelineHref('id', undefined)).toBe(routes.timeline('id'));
    expect(timelineHref('en', undefined, 2)).toBe(routes.timeline('en', 2));
    expect(timelineHref('id', { field: 'status', key: 'planned' })).toBe(
      '/linimasa/status/planned/',
    );
    expect(timelineHref('en', { field: 'status', key: 'held' }, 3)).toBe(
      '/en/timeline/status/held/3/',
    );
    expect(timelineHref('id', { field: 'theme', key: 'water' })).toBe(
      routes.timelineTheme('id', 'water'),
    );
    expect(timelineHref('en', { field: 'programme', key: 'scp' }, 2)).toBe(
      routes.timelineProgramme('en', 'scp', 2),
    );
  });
});

describe('filterWords', () => {
  it('says a status filter as a kind of cohort, in both languages', () => {
    expect(filterWords(v, { field: 'status', key: 'planned' }, 1, 'id')).toEqual({
      title: 'angkatan direncanakan',
      sentence:
        'Menampilkan 1 angkatan berstatus direncanakan. Peristiwa konteks tidak ditampilkan saat linimasa disaring.',
    });
    expect(filterWords(v, { field: 'status', key: 'held' }, 3, 'en')).toEqual({
      title: 'held cohorts',
      sentence:
        'Showing 3 cohorts with status held. Context events are hidden while the timeline is filtered.',
    });
  });

  it('says a theme filter with its label, as before', () => {
    expect(filterWords(v, { field: 'theme', key: 'water' }, 1, 'en')).toEqual({
      title: 'Water',
      sentence:
        'Showing 1 cohort: Water. Context events are hidden while the timeline is filtered.',
    });
  });
});
