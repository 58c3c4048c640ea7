/**
 * A vocabulary key used by an entry (a theme, programme, place, outlet or
 * participant group) must be a key of that vocabulary; the problem names the
 * nearest keys and the file where a new term is added.
 */
import type { VocabularyName } from '../../../schemas/vocabulary.ts';
import type { LoadedContent } from '../../content/load.ts';
import { suggestTerms } from '../../text/suggest.ts';
import { problemAt, type Located, type Problem } from '../problem.ts';

/** The problem of a key that is not in its vocabulary; none when the key is absent or known. */
export function checkVocab(
  entry: Located,
  path: readonly PropertyKey[],
  vocabulary: VocabularyName,
  key: string | undefined,
  content: LoadedContent,
): Problem[] {
  if (key === undefined || content.vocabularies[vocabulary].has(key)) return [];
  const near = suggestTerms(key, content.vocabularies[vocabulary]);
  return [
    problemAt(
      entry,
      path,
      'vocabulary-term-unknown',
      {
        id: `"${key}" tidak ada di kosakata ${vocabulary}.`,
        en: `"${key}" is not in the ${vocabulary} vocabulary.`,
      },
      {
        id: `Pilih istilah yang ada${near.length ? `, mis. ${near.join(', ')}` : ''}, atau tambahkan istilah baru di content/vocabularies/${vocabulary}.yaml.`,
        en: `Choose an existing term${near.length ? `, e.g. ${near.join(', ')}` : ''}, or add a new one to content/vocabularies/${vocabulary}.yaml.`,
      },
    ),
  ];
}
