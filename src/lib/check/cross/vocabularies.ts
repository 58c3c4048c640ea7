/**
 * A vocabulary key used by an entry (a theme, programme, place, outlet or
 * participant group) must be a key of that vocabulary; the problem names the
 * nearest keys and the file where a new term is added. A key whose term is
 * written but invalid, and any key of a vocabulary whose file is missing or
 * unreadable, is not reported here: that problem is reported once, in the
 * vocabulary's file.
 */
import type { VocabularyName } from '../../../schemas/vocabulary.ts';
import type { LoadedContent } from '../../content/load.ts';
import { suggestTerms } from '../../text/suggest.ts';
import { problemAt, type Located, type Problem } from '../problem.ts';

/** The problem of a key that is not in its vocabulary; none when the key is absent, known or a gap. */
export function checkVocab(
  entry: Located,
  path: readonly PropertyKey[],
  vocabulary: VocabularyName,
  key: string | undefined,
  content: LoadedContent,
): Problem[] {
  if (key === undefined || content.vocabularies[vocabulary].has(key)) return [];
  const gap = content.vocabularyGaps[vocabulary];
  if (gap.unread || gap.rejected.has(key)) return [];
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
