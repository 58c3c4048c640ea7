import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import {
  newTerm,
  planTerms,
  splitWords,
  termsFromFlags,
  withTerms,
} from '../../../scripts/new/plan-terms.ts';
import { emptyPlan } from '../../../scripts/new/plan.ts';
import { applyPlan } from '../../../scripts/new/write.ts';
import { useCorpora } from '../../helpers/corpus.ts';
import { scaffoldEnv } from '../../helpers/scaffold.ts';

const corpus = useCorpora();

describe('new vocabulary terms', () => {
  it('are made from both labels, keyed by the English one, named by the given words or both labels', () => {
    expect(
      newTerm('places', { id: 'Malaysia', en: 'Malaysia' }, ['Malaysia', 'Kuala Lumpur']),
    ).toEqual({
      vocabulary: 'places',
      key: 'malaysia',
      term: { label: { id: 'Malaysia', en: 'Malaysia' }, terms: ['Malaysia', 'Kuala Lumpur'] },
    });
    expect(
      newTerm('themes', { id: 'Perencanaan Kota', en: 'Urban Planning' }, []).term.terms,
    ).toEqual(['Urban Planning', 'Perencanaan Kota']);
    expect(splitWords(' a; ;b ;')).toEqual(['a', 'b']);
  });

  it('are appended, several to a file, after its last byte, and pass the check', () => {
    const c = corpus();
    const env = scaffoldEnv(c);
    const terms = [
      newTerm('places', { id: 'Malaysia', en: 'Malaysia' }, ['Malaysia']),
      newTerm('participant-groups', { id: 'ASN Pemprov Contoh', en: 'Contoh province staff' }, [], {
        description: { id: 'Pegawai Pemprov Contoh.', en: 'Staff of Contoh province.' },
        body: { id: 'Pemerintah Provinsi Contoh', en: 'Contoh provincial government' },
      }),
      newTerm('places', { id: 'Vietnam', en: 'Vietnam' }, []),
    ];
    const plan = emptyPlan();
    planTerms(terms, env, plan);
    expect(plan.errors).toEqual([]);
    expect(plan.changes.map((x) => x.path.slice(c.content.length + 1))).toEqual([
      'vocabularies/places.yaml',
      'vocabularies/participant-groups.yaml',
    ]);
    const places = join(c.content, 'vocabularies', 'places.yaml');
    const before = readFileSync(places, 'utf8');
    expect(applyPlan(plan, c.root)).toEqual([]);
    const after = readFileSync(places, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toMatch(/^malaysia:\n[^]*\nvietnam:\n/u);
    expect(runCheck(c.root).problems).toEqual([]);
    expect(withTerms(env.content, terms).vocabularies.places.has('vietnam')).toBe(true);
    expect(env.content.vocabularies.places.has('vietnam')).toBe(false);
  });

  it('refuses a key that is there already', () => {
    const plan = emptyPlan();
    planTerms(
      [newTerm('places', { id: 'Singapura', en: 'Singapore' }, [])],
      scaffoldEnv(corpus()),
      plan,
    );
    expect(plan.errors[0]?.id).toContain('kunci "singapore" sudah ada');
    expect(plan.changes).toEqual([]);
  });

  it('turns --outlet=new and --theme=new into terms, and reports missing labels', () => {
    const env = scaffoldEnv(corpus());
    const plan = emptyPlan();
    const made = termsFromFlags(
      { outlet: 'new', 'outlet-name': 'Kabar Contoh', theme: 'new', 'theme-label-id': 'Sampah' },
      env,
      plan,
    );
    expect(made.answers.outlet).toBe('kabar-contoh');
    expect(made.terms.map((t) => t.key)).toEqual(['kabar-contoh']);
    expect(plan.errors.map((e) => e.id)).toEqual([
      'Label tema baru (Inggris) belum diisi (--theme-label-en=…).',
    ]);
    expect(
      termsFromFlags(
        { theme: 'new', 'theme-label-id': 'Pelayanan Publik', 'theme-label-en': 'Public Service' },
        env,
        plan,
      ).terms,
    ).toEqual([]);
  });

  it('turn --group=new:N into a participant group with its labels and body', () => {
    const env = scaffoldEnv(corpus());
    const plan = emptyPlan();
    const made = termsFromFlags(
      {
        group: ['perumdam-tirta-mayang:unknown', 'new:10'],
        'group-label-id': 'Staf Pemprov Contoh',
        'group-label-en': 'Contoh provincial staff',
        'group-terms': 'staf Pemerintah Provinsi Contoh',
        'group-body': 'Pemerintah Provinsi Contoh | Contoh provincial government',
      },
      env,
      plan,
    );
    expect(plan.errors).toEqual([]);
    expect(made.answers.group).toEqual([
      'perumdam-tirta-mayang:unknown',
      'contoh-provincial-staff:10',
    ]);
    expect(made.terms.map((t) => t.term.body)).toEqual([
      { id: 'Pemerintah Provinsi Contoh', en: 'Contoh provincial government' },
    ]);
    const own = termsFromFlags(
      {
        group: ['new:8'],
        'group-label-id': 'Guru Pemkot Jambi',
        'group-label-en': 'Kota Jambi teachers',
        'group-body': 'own',
      },
      env,
      emptyPlan(),
    );
    expect(own.terms[0]?.term).toMatchObject({
      body: 'own',
      terms: ['Kota Jambi teachers', 'Guru Pemkot Jambi'],
    });
  });

  it('report a new group without a body, and add none', () => {
    const plan = emptyPlan();
    const made = termsFromFlags(
      { group: ['new:10'], 'group-label-id': 'Staf Pemprov Contoh', 'group-label-en': 'Staff' },
      scaffoldEnv(corpus()),
      plan,
    );
    expect(made.terms).toEqual([]);
    expect(made.answers.group).toEqual([]);
    expect(plan.errors.map((e) => e.id)).toEqual([
      'Lembaga asal kelompok baru: own, atau "Nama lembaga|Name of the body" belum diisi (--group-body=…).',
    ]);
  });
});
