/**
 * What `npm run new` takes from the site profile (content/site.yaml): the
 * site's name for its greeting, the programme and place a new cohort gets
 * unless answered, and the government's own participant group, whose count
 * is asked first and named in the questions. Without a valid profile the
 * defaults are absent and the questions use neutral words; the check after
 * writing reports the profile's problem.
 */
import type { SiteProfile } from '../../src/schemas/site-profile.ts';
import type { Bilingual } from '../../src/lib/check/problem.ts';

export interface SiteDefaults {
  /** The site's name, in the greeting. */
  siteName: string;
  /** Programme of a new cohort unless answered; a cohort id leaves it out. */
  programme: string | undefined;
  /** Place of a new cohort unless answered. */
  place: string | undefined;
  /** The government's own participant group. */
  staffGroup: string | undefined;
  /** How questions name that group: "ASN Kota Jambi" / "Kota Jambi ASN". */
  staffName: Bilingual;
}

/** The scaffold's defaults from a site profile (or its neutral words without one). */
export function siteDefaults(profile: SiteProfile | undefined): SiteDefaults {
  if (!profile)
    return {
      siteName: 'situs ini',
      programme: undefined,
      place: undefined,
      staffGroup: undefined,
      staffName: { id: 'ASN pemerintah sendiri', en: "the government's own ASN" },
    };
  return {
    siteName: profile.name,
    programme: profile.programme.key,
    place: profile.destination.key,
    staffGroup: profile.staff_group,
    staffName: { id: `ASN ${profile.city.name.id}`, en: `${profile.city.name.en} ASN` },
  };
}
