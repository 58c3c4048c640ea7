/**
 * A new participant group added in the interview says whose people it
 * counts: the government's own, or another body named in both languages;
 * without an answer it is not added, so nobody is counted by mistake.
 */
import { describe, expect, it } from 'vitest';
import { askNewTerm } from '../../../scripts/new/interview-terms.ts';
import type { Interview } from '../../../scripts/new/interview-context.ts';
import { startSession } from '../../../scripts/new/session.ts';
import { useCorpora } from '../../helpers/corpus.ts';
import { scaffoldEnv, scripted } from '../../helpers/scaffold.ts';

const corpus = useCorpora();

/** A new participant group answered with `answers`: its key, the session's new terms and the dialogue. */
async function newGroup(answers: readonly string[]) {
  const io = scripted(answers);
  const it: Interview = { io, env: scaffoldEnv(corpus()), session: startSession({}) };
  const key = await askNewTerm(it, 'participant-groups');
  return { key, terms: it.session.terms, text: io.transcript.join('\n') };
}

describe('askNewTerm for a participant group', () => {
  it('asks whose people they are, naming the site’s government, and records another body', async () => {
    const { key, terms, text } = await newGroup([
      'Staf Pemprov Contoh',
      'Contoh provincial staff',
      'staf Pemerintah Provinsi Contoh',
      '2', // another body
      'Pemerintah Provinsi Contoh',
      'Contoh provincial government',
    ]);
    expect(text).toContain('Lembaga asal pesertanya (whose people they are):');
    expect(text).toContain('1) own — pegawai Pemerintah Kota Jambi sendiri: dihitung dalam total');
    expect(text).toContain('2) lembaga lain');
    expect(key).toBe('contoh-provincial-staff');
    expect(terms).toEqual([
      {
        vocabulary: 'participant-groups',
        key: 'contoh-provincial-staff',
        term: {
          label: { id: 'Staf Pemprov Contoh', en: 'Contoh provincial staff' },
          terms: ['staf Pemerintah Provinsi Contoh'],
          body: { id: 'Pemerintah Provinsi Contoh', en: 'Contoh provincial government' },
        },
      },
    ]);
  });

  it('records the government’s own people as own', async () => {
    const { terms } = await newGroup([
      'Guru dan Kepala Sekolah Pemkot Jambi',
      'Kota Jambi teachers and head teachers',
      'guru dan kepala sekolah',
      '1', // own
    ]);
    expect(terms[0]?.term.body).toBe('own');
  });

  it('adds no group whose body is not given', async () => {
    const { key, terms, text } = await newGroup([
      'Staf Pemprov Contoh',
      'Contoh provincial staff',
      '',
      '', // no choice
    ]);
    expect(key).toBeUndefined();
    expect(terms).toEqual([]);
    expect(text).toContain('Kelompok baru perlu lembaga asalnya; kelompok ini tidak ditambahkan.');
  });
});
