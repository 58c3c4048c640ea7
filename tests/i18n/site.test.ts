import { describe, expect, it } from 'vitest';
import { siteText, type SiteText } from '../../src/i18n/site.ts';
import { otherCityProfile, REAL_NAMES, realProfile } from '../fixtures/other-city/index.ts';

const LANGS = ['id', 'en'] as const;

/** Every string of a site text, the page descriptions called with a label. */
function strings(t: SiteText): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'function') out.push((v as (l: string) => string)('LABEL'));
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(t);
  return out;
}

describe('siteText', () => {
  it('names the real site, government, city, programme and destination', () => {
    const id = siteText(realProfile(), 'id');
    expect(id.siteName).toBe('Jejak SCP');
    expect(id.footerWhat).toBe(
      'Jejak SCP mencatat angkatan ASN Pemerintah Kota Jambi yang dikirim ke Singapore Cooperation Programme dan pelatihan lain di Singapura.',
    );
    expect(siteText(realProfile(), 'en').home.description).toBe(
      "Kota Jambi's civil-servant cohorts at the Singapore Cooperation Programme, year by year; every figure traced to its source sentence.",
    );
  });

  it.each(LANGS)('holds nothing of the real site for another profile (%s)', (lang) => {
    const t = siteText(otherCityProfile(), lang);
    for (const s of strings(t)) expect(s).not.toMatch(REAL_NAMES);
    expect(t.siteName).toBe('Catatan Magang Rembulan');
    expect(t.home.lede).toContain('Catatan Magang Rembulan');
    expect(t.home.lede).toContain('(PMP)');
    expect(t.openData.shareImageAlt).toBe(otherCityProfile().dataset_title[lang]);
  });

  it('names the government in Indonesian and the city in English', () => {
    const p = otherCityProfile();
    expect(siteText(p, 'id').footerWhat).toContain('ASN Pemerintah Kota Teluk Rembulan');
    expect(siteText(p, 'en').footerWhat).toContain('Kota Teluk Rembulan civil servants');
    expect(siteText(p, 'en').terms.programme.pageDescription('X')).toBe(
      'Kota Teluk Rembulan civil-servant cohorts in the X.',
    );
  });

  it('quotes the profile’s own examples', () => {
    const t = siteText(otherCityProfile(), 'en');
    expect(t.figures.claimsNote).toContain('"more than 50 people"');
    expect(t.openData.searchHint).toBe('E.g. Coastal Management, Paper Star Island, 2024.');
  });
});
