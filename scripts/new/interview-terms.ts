/**
 * Choosing a vocabulary term in the interview — a programme, theme, place,
 * outlet or participant group — from a numbered list that ends with "new":
 * a new term is asked for there and then (both labels, the words that name
 * it in source texts, its website where the vocabulary has one, and for a
 * participant group the body its people belong to), kept in the session and
 * offered in every later list. It is appended to
 * content/vocabularies/<name>.yaml when the session is written.
 */
import { OWN_BODY, type Term, type VocabularyName } from '../../src/schemas/vocabulary.ts';
import { askChoice, askText, type Option } from './ask.ts';
import { envOf, type Interview } from './interview-context.ts';
import { newTerm, splitWords, TERM_NOUNS } from './plan-terms.ts';
import type { ScaffoldEnv } from './plan.ts';
import { checkText, checkUrl } from './validate.ts';

/** The terms of a vocabulary as numbered options ("key — label id / label en"). */
export function termOptions(env: ScaffoldEnv, vocabulary: VocabularyName): Option[] {
  return [...env.content.vocabularies[vocabulary]].map(([key, t]) => ({
    value: key,
    label:
      t.label.id === t.label.en
        ? `${key} — ${t.label.id}`
        : `${key} — ${t.label.id} / ${t.label.en}`,
  }));
}

/** What the editor is told before naming a new term of each vocabulary. */
const HINTS: Record<VocabularyName, string> = {
  themes: 'Tema pelatihan, mis. "Perencanaan Kota" / "Urban Planning".',
  programmes:
    'Program pelatihan atau kerja sama, mis. "Proyek Politeknik Contoh" — bukan SCP bila siaran pers menyebut program lain.',
  outlets: 'Media yang menerbitkan artikel, mis. "Kabar Contoh".',
  places: 'Tempat pelatihan: negara atau kota, mis. "Malaysia" atau "Kota Jambi".',
  'participant-groups':
    'Sebut lembaganya di label, mis. "ASN Pemprov Contoh" atau "Dosen Universitas Contoh": pemeriksa membaca label untuk tahu pegawai siapa yang dihitung.',
};

const label = (name: string) => (a: string) => checkText(a, name);

/**
 * Whose people a new participant group counts: the government the site
 * follows (counted in every total) or another body, named in both languages
 * (shown, never counted). Undefined when no answer is given: there is no
 * default, so that no group is counted by mistake.
 */
async function askBody(it: Interview): Promise<Term['body']> {
  const { io } = it;
  const government = envOf(it).content.profile?.data.government.name.id;
  const own = government ?? 'pemerintah yang dicatat situs';
  const choice = await askChoice(io, 'Lembaga asal pesertanya (whose people they are):', [
    { value: OWN_BODY, label: `own — pegawai ${own} sendiri: dihitung dalam total` },
    {
      value: 'other',
      label:
        'lembaga lain — pemerintah lain, BUMD, universitas …: ditampilkan dengan jumlahnya, tidak dihitung',
    },
  ]);
  if (choice === OWN_BODY) return OWN_BODY;
  if (choice !== 'other') return undefined;
  const id = await askText(io, 'Nama lembaganya, bahasa Indonesia (mis. Pemerintah Provinsi …)', {
    required: true,
    check: label('Nama lembaga'),
  });
  const en = await askText(io, 'Nama lembaganya, bahasa Inggris (e.g. … provincial government)', {
    required: true,
    check: label('Nama lembaga'),
  });
  return id && en ? { id, en } : undefined;
}

/** Ask for a new term of `vocabulary`; returns its key (an existing one when the label is taken). */
export async function askNewTerm(
  it: Interview,
  vocabulary: VocabularyName,
): Promise<string | undefined> {
  const { io } = it;
  const noun = TERM_NOUNS[vocabulary];
  io.say(`\n— ${noun.id} baru (new ${noun.en}), untuk content/vocabularies/${vocabulary}.yaml —`);
  io.say(`  ${HINTS[vocabulary]}`);
  const id = await askText(io, 'Label bahasa Indonesia', {
    required: true,
    check: label('Label'),
  });
  const en = await askText(io, 'Label bahasa Inggris', { required: true, check: label('Label') });
  if (!id || !en) return undefined;
  const words = await askText(
    io,
    'Sebutan di teks siaran pers, pisahkan dengan ; (Enter = kedua label)',
    { check: label('Sebutan') },
  );
  const extra: Pick<Term, 'website' | 'body'> = {};
  if (vocabulary === 'outlets' || vocabulary === 'programmes') {
    const site = await askText(io, 'Situs resminya, https://… (Enter = lewati)', {
      check: (a) => checkUrl(a, 'Situs'),
    });
    if (site && site !== 'unknown') extra.website = site;
  }
  if (vocabulary === 'participant-groups') {
    const body = await askBody(it);
    if (body === undefined) {
      io.say(
        '  ✗ Kelompok baru perlu lembaga asalnya; kelompok ini tidak ditambahkan. (A new group needs its body; it was not added.)',
      );
      return undefined;
    }
    extra.body = body;
  }
  const term = newTerm(vocabulary, { id, en }, splitWords(words), extra);
  if (!term.key) {
    io.say(
      '  ✗ Label bahasa Inggris perlu memuat huruf atau angka. (The English label needs letters.)',
    );
    return undefined;
  }
  if (envOf(it).content.vocabularies[vocabulary].has(term.key)) {
    io.say(`  ! "${term.key}" sudah ada di ${vocabulary}.yaml; istilah itu yang dipakai.`);
    return term.key;
  }
  it.session.terms.push(term);
  io.say(
    `  ✓ ${noun.id} baru "${term.key}" (sebutan: ${term.term.terms.join('; ')}) akan ditambahkan ke content/vocabularies/${vocabulary}.yaml.`,
  );
  return term.key;
}

/**
 * A term chosen from the list of `vocabulary` (with the session's new terms),
 * or a new one. `extra` options (unknown, "not limited") come before "new".
 */
export async function askTerm(
  it: Interview,
  question: string,
  vocabulary: VocabularyName,
  opts: {
    given?: string | undefined;
    fallback?: string | undefined;
    extra?: Option[];
    exclude?: readonly string[];
  } = {},
): Promise<string | undefined> {
  // "new" given as a flag comes with its labels as flags: the plan adds that term.
  if (opts.given === 'new') return 'new';
  const noun = TERM_NOUNS[vocabulary];
  const options = [
    ...termOptions(envOf(it), vocabulary).filter((o) => !opts.exclude?.includes(o.value)),
    ...(opts.extra ?? []),
    { value: 'new', label: `new — ${noun.id.toLowerCase()} baru (belum ada di daftar)` },
  ];
  const chosen = await askChoice(it.io, question, options, {
    given: opts.given,
    ...(opts.fallback !== undefined ? { fallback: opts.fallback } : {}),
  });
  return chosen === 'new' ? askNewTerm(it, vocabulary) : chosen;
}
