/** Which places are abroad: their country against the site's own. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { abroadPlaces } from '../../../src/lib/data/places.ts';
import { OTHER_CITY_CONTENT } from '../../fixtures/other-city/index.ts';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';
import { term, vocabulary } from '../../helpers/records.ts';

const places = vocabulary({
  singapore: term({ label: { id: 'Singapura', en: 'Singapore' }, country: 'SG' }),
  jambi: term({ label: { id: 'Kota Jambi', en: 'Jambi City' }, country: 'ID' }),
  jakarta: term({ label: { id: 'Jakarta', en: 'Jakarta' }, country: 'ID' }),
  unknown: term({ label: { id: 'Entah', en: 'Somewhere' } }),
});

describe('abroadPlaces', () => {
  it('holds the places outside the site country, never the city or its country', () => {
    expect([...abroadPlaces(places, 'ID')]).toEqual(['singapore']);
  });

  it('is relative to the site: for a site in Singapore, the Indonesian places are abroad', () => {
    expect([...abroadPlaces(places, 'SG')]).toEqual(['jambi', 'jakarta']);
  });

  it('leaves out a place that names no country', () => {
    expect(abroadPlaces(places, 'MY').has('unknown')).toBe(false);
  });

  it('reads the real places: Singapore is abroad, Kota Jambi is not', () => {
    const real = loadContent(PROJECT_ROOT);
    const country = real.profile?.data.city.country ?? '';
    expect([...abroadPlaces(real.vocabularies.places, country)]).toEqual(['singapore']);
  });

  it('knows no place abroad in a site whose places name no country (tests/fixtures/other-city)', () => {
    const other = loadContent(PROJECT_ROOT, OTHER_CITY_CONTENT);
    expect(abroadPlaces(other.vocabularies.places, 'ID').size).toBe(0);
  });
});
