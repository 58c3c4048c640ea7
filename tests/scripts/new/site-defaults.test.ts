import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { buildPlan } from '../../../scripts/new/build.ts';
import { parseFlags } from '../../../scripts/new/options.ts';
import type { ScaffoldEnv } from '../../../scripts/new/plan.ts';
import { siteDefaults } from '../../../scripts/new/site-defaults.ts';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';
import {
  OTHER_CITY_CONTENT,
  otherCityProfile,
  realProfile,
} from '../../fixtures/other-city/index.ts';

describe('siteDefaults', () => {
  it('takes the programme, place, own group and names from the site profile', () => {
    expect(siteDefaults(realProfile())).toEqual({
      siteName: 'Jejak SCP',
      programme: 'scp',
      place: 'singapore',
      staffGroup: 'asn-kota-jambi',
      staffName: { id: 'ASN Kota Jambi', en: 'Kota Jambi ASN' },
    });
    expect(siteDefaults(otherCityProfile())).toMatchObject({
      programme: 'magang-pesisir',
      place: 'pulau-bintang-kertas',
      staffGroup: 'asn-teluk-rembulan',
    });
  });

  it('has no defaults and neutral names without a profile', () => {
    expect(siteDefaults(undefined)).toMatchObject({
      programme: undefined,
      place: undefined,
      staffGroup: undefined,
    });
  });
});

describe('buildPlan with another site profile', () => {
  it('gives a new cohort that site’s programme, place and own group', () => {
    const env: ScaffoldEnv = {
      root: PROJECT_ROOT,
      contentDir: OTHER_CITY_CONTENT,
      schemaDir: join(PROJECT_ROOT, 'public', 'schemas'),
      content: loadContent(PROJECT_ROOT, OTHER_CITY_CONTENT),
      readFile: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
    };
    const text =
      'Sebanyak 8 orang ASN Pemkot Teluk Rembulan akan mengikuti Program Magang Pesisir bertema Pengelolaan Pesisir di Pulau Bintang Kertas pada 6 hingga 10 Mei 2024.';
    const flags = [
      '--article-title=Contoh latihan: 8 ASN Ikuti Magang Pesisir',
      '--outlet=warta-rembulan',
      '--published=2024-05-02',
      '--summary-id=Contoh latihan.',
      '--summary-en=Practice example.',
      '--cohort=new',
      '--theme=pengelolaan-pesisir',
      '--start=2024-05-06',
      '--end=2024-05-10',
      '--participants=8',
      '--auto-quotes',
      '--yes',
    ];
    const plan = buildPlan(parseFlags(flags), text, env);
    expect(plan.errors).toEqual([]);
    const cohort = plan.changes.find((c) => c.what === 'cohort');
    expect(cohort?.path).toBe(
      join(OTHER_CITY_CONTENT, 'cohorts', '2024-05-pengelolaan-pesisir.yaml'),
    );
    expect(cohort?.text).toContain('programme: magang-pesisir\n');
    expect(cohort?.text).toContain('place: pulau-bintang-kertas\n');
    expect(cohort?.text).toMatch(/- group: asn-teluk-rembulan\n\s+count: 8\n/);
  });
});
