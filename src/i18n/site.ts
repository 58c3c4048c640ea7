/**
 * The words of the interface that name the site, its government, city,
 * programme or destination, in Indonesian and English, built from the site
 * profile (content/site.yaml): the header and footer, the home page, page
 * descriptions, the open data pages, the feeds and the share image. No
 * other interface string names any of them.
 */
import type { SiteProfile } from '../schemas/site-profile.ts';
import type { Lang } from './lang.ts';

export interface SiteText {
  siteName: string;
  /** What the site is, in the footer of every page. */
  footerWhat: string;
  home: { description: string; lede: string };
  figures: { contextLeftOut: string; claimsNote: string };
  timelineDescription: string;
  terms: Record<
    'theme' | 'programme',
    { indexDescription: string; pageDescription: (label: string) => string }
  >;
  openData: {
    shareImageAlt: string;
    feedTitle: string;
    description: string;
    licenceText: string;
    dictionaryDescription: string;
    searchDescription: string;
    searchHint: string;
    correctionsDescription: string;
  };
  feeds: { site: string; siteDescription: string; corrections: string };
  shareImage: { kicker: string; lines: [string, string] };
}

function id(p: SiteProfile): SiteText {
  const [site, city, gov, prog, dest] = [
    p.name,
    p.city.name.id,
    p.government.name.id,
    p.programme.name.id,
    p.destination.name.id,
  ];
  return {
    siteName: site,
    footerWhat: `${site} mencatat angkatan ASN ${gov} yang dikirim ke ${prog} dan pelatihan lain di ${dest}.`,
    home: {
      description: `Angkatan ASN ${city} di ${prog}, tahun demi tahun; setiap angka terlacak ke kalimat sumbernya.`,
      lede: `${site} mencatat, tahun demi tahun, angkatan ASN ${gov} yang dikirim ke ${prog} (${p.programme.short}) dan pelatihan lain di ${dest}. Setiap angka tertaut ke kalimat persis dalam artikel sumbernya, dan klaim dalam siaran pers disandingkan dengan yang benar-benar terdokumentasi.`,
    },
    figures: {
      contextLeftOut: `Peristiwa konteks, seperti ${p.examples.context_event.id}, tidak dihitung.`,
      claimsNote: `Klaim kumulatif dalam siaran pers (mis. "${p.examples.claim.id}") dicatat terpisah.`,
    },
    timelineDescription: `Setiap angkatan ASN ${city} ke pelatihan di ${dest}, tahun demi tahun.`,
    terms: {
      theme: {
        indexDescription: `Tema pelatihan angkatan ASN ${city} di ${dest}, dengan jumlahnya.`,
        pageDescription: (label) => `Angkatan ASN ${city} bertema ${label}.`,
      },
      programme: {
        indexDescription: `Program pelatihan yang diikuti ASN ${city}, dengan jumlahnya.`,
        pageDescription: (label) => `Angkatan ASN ${city} di program ${label}.`,
      },
    },
    openData: {
      shareImageAlt: p.dataset_title.id,
      feedTitle: `${site}: artikel sumber dan angkatan baru (RSS)`,
      description: `Unduh data ${site} (CSV dan JSON) untuk memeriksa setiap angka sendiri: angkatan, peserta, klaim, sumber dan koreksi, dengan kamus data dan lisensi CC BY 4.0.`,
      licenceText: `Data dan ringkasan kami berlisensi Creative Commons Atribusi 4.0 Internasional (CC BY 4.0): boleh dipakai, diubah dan disebarkan, termasuk untuk tujuan komersial, dengan menyebut ${site}. Kutipan dari artikel sumber tetap milik penerbitnya dan disertakan hanya agar setiap fakta dapat diperiksa. Kode situs berlisensi MIT.`,
      dictionaryDescription: `Arti setiap kolom berkas data terbuka ${site} dan setiap kolom berkas kontennya, dibuat dari skema yang memeriksa konten.`,
      searchDescription: `Cari angkatan, artikel sumber dan klaim di ${site}.`,
      searchHint: `Mis. ${p.examples.search.id}.`,
      correctionsDescription: `Setiap nilai ${site} yang diubah setelah terbit: apa yang berubah, kapan dan mengapa.`,
    },
    feeds: {
      site: `${site}: artikel sumber dan angkatan baru`,
      siteDescription: `Artikel sumber dan angkatan ASN ${city} di ${prog} yang baru dicatat.`,
      corrections: `${site}: koreksi`,
    },
    shareImage: {
      kicker: `Angkatan ASN ${city} di ${dest}`,
      lines: [`${prog}, tahun demi tahun.`, 'Setiap angka terlacak ke kalimat sumbernya.'],
    },
  };
}

function en(p: SiteProfile): SiteText {
  const [site, city, prog, dest] = [
    p.name,
    p.city.name.en,
    p.programme.name.en,
    p.destination.name.en,
  ];
  return {
    siteName: site,
    footerWhat: `${site} documents the cohorts of ${city} civil servants sent to the ${prog} and other trainings in ${dest}.`,
    home: {
      description: `${city}'s civil-servant cohorts at the ${prog}, year by year; every figure traced to its source sentence.`,
      lede: `${site} documents, year by year, the cohorts of ${city}'s civil servants (ASN) sent to the ${prog} (${p.programme.short}) and other trainings in ${dest}. Every figure links to the exact sentence of its source article, and the claims made in press releases are set against what is actually documented.`,
    },
    figures: {
      contextLeftOut: `Context events, such as ${p.examples.context_event.en}, are not counted.`,
      claimsNote: `Cumulative claims in press releases (e.g. "${p.examples.claim.en}") are recorded apart.`,
    },
    timelineDescription: `Every cohort of ${city} civil servants at trainings in ${dest}, year by year.`,
    terms: {
      theme: {
        indexDescription: `Training themes of ${city} civil-servant cohorts in ${dest}, with totals.`,
        pageDescription: (label) => `${city} civil-servant cohorts on ${label}.`,
      },
      programme: {
        indexDescription: `Training programmes attended by ${city} civil servants, with totals.`,
        pageDescription: (label) => `${city} civil-servant cohorts in the ${label}.`,
      },
    },
    openData: {
      shareImageAlt: p.dataset_title.en,
      feedTitle: `${site}: new source articles and cohorts (RSS)`,
      description: `Download the ${site} data (CSV and JSON) to check every figure yourself: cohorts, participants, claims, sources and corrections, with a data dictionary and a CC BY 4.0 licence.`,
      licenceText: `Our data and summaries are licensed under Creative Commons Attribution 4.0 International (CC BY 4.0): you may use, adapt and share them, commercially too, crediting ${site}. Quotes from source articles belong to their publishers and are included only so that every fact can be checked. The site’s code is under the MIT licence.`,
      dictionaryDescription: `What every column of the ${site} open data files and every field of its content files means, generated from the schemas that validate the content.`,
      searchDescription: `Search the cohorts, source articles and claims of ${site}.`,
      searchHint: `E.g. ${p.examples.search.en}.`,
      correctionsDescription: `Every ${site} value changed after publication: what changed, when and why.`,
    },
    feeds: {
      site: `${site}: new source articles and cohorts`,
      siteDescription: `Source articles and cohorts of ${city} civil servants at the ${prog}, as they are recorded.`,
      corrections: `${site}: corrections`,
    },
    shareImage: {
      kicker: `${city} civil servants in ${dest}`,
      lines: [`The ${prog}, year by year.`, 'Every figure traced to its source sentence.'],
    },
  };
}

/** The profile's words of the interface in one language. */
export function siteText(profile: SiteProfile, lang: Lang): SiteText {
  return lang === 'id' ? id(profile) : en(profile);
}
