/**
 * The people, venues and institutions the synthetic stories name: the
 * fictional city's mayors who send cohorts off and where, Singapore hosts
 * and experts, site visits, and the national awards of the context events.
 */
import { CITY } from './city.ts';

/** Mayors of the fictional city: the first sends cohorts off before 2024, the second from 2024. */
export const MAYORS = ['Hendra Wiratama', 'Sri Lestari Putri'] as const;

/** Where send-offs take place. */
export const SENDOFF_PLACES = [
  'Griya Lembayung',
  `Balai ${CITY.name}`,
  'Ruang Pola Kantor Wali Kota',
  'Rumah Dinas Wali Kota',
] as const;

/** Institutions that host a course. */
export const HOSTS = [
  'Civil Service College (CSC) Singapore',
  'Centre for Liveable Cities (CLC) Singapore',
  'Temasek Polytechnic',
  'Singapore Polytechnic International',
  'Nanyang Technological University (NTU)',
  'Republic Polytechnic',
] as const;

/** Course experts, as [name, role]. */
export const EXPERTS = [
  ['Teo Jing Kok', 'Deputy Director CLC'],
  ['Jamie Foo', 'Smart Nation and Digital Government Office'],
  ['Colin Choo', 'Former Senior Manager, Land Transport Authority'],
  ['Loh Ah Tuan', 'Former Deputy Chief Executive Officer, National Environment Agency'],
  ['Lim Wei Ling', 'Senior Lecturer, Civil Service College'],
  ['Ng Boon Heng', 'Director, Urban Redevelopment Authority'],
  ['Koh Siew Lan', 'Principal Consultant, PUB'],
  ['Goh Kian Meng', 'Senior Fellow, Centre for Liveable Cities'],
] as const;

/** Places a cohort visits during its course. */
export const SITE_VISITS = [
  'Marina Barrage',
  'Punggol Discovery Cube',
  'Singapore City Gallery',
  'NEWater Visitor Centre',
  'Pulau Semakau Landfill',
  'Jurong Lake District',
  'ServiceSG Centre',
  'Lifelong Learning Institute',
  'Our Tampines Hub',
] as const;

/** National awards, as [Indonesian name, English name]. */
export const AWARDS = [
  ['Anugerah ASN', 'ASN Award'],
  ['Smart City Nasional', 'National Smart City'],
  ['Pelayanan Publik Terbaik', 'Best Public Service'],
  ['Kota Layak Anak', 'Child-Friendly City'],
  ['Adipura', 'Adipura (clean city)'],
  ['Inovasi Daerah', 'Regional Innovation'],
] as const;
