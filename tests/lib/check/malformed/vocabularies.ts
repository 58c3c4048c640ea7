/** Malformed and hostile vocabulary files: unknown names, duplicates, unsafe websites, invalid keys, forbidden keys and tags. */
import { TERM } from '../corpora.ts';
import type { Case } from './case.ts';

/** Malformed vocabularies, added beside the real ones, which the corpus needs intact. */
export const VOCABULARY_CASES: Record<string, Case> = {
  'vocabulary file with an unknown name': {
    file: 'vocabularies/colours.yaml',
    text: `merah:\n  ${TERM}`,
    code: 'vocabulary-unknown',
  },
  'vocabulary file duplicating themes as .yml': {
    file: 'vocabularies/themes.yml',
    text: `public-service:\n  ${TERM}`,
    code: 'id-duplicate',
  },
  'vocabulary term with a javascript: website': {
    file: 'vocabularies/links.yaml',
    text: `merah:\n  ${TERM}  website: javascript:alert(1)\n`,
    code: 'schema-invalid-format',
    field: 'merah.website',
  },
  'vocabulary term with an invalid key': {
    file: 'vocabularies/keys.yaml',
    text: `Merah_Tua:\n  ${TERM}`,
    code: 'schema-invalid-key',
    field: 'Merah_Tua',
  },
  'vocabulary term without terms': {
    file: 'vocabularies/no-terms.yaml',
    text: 'merah:\n  label:\n    id: Merah\n    en: Red\n  terms: []\n',
    code: 'schema-too-small',
    field: 'merah.terms',
  },
  'vocabulary with a top-level __proto__ key': {
    file: 'vocabularies/proto.yaml',
    text: `__proto__:\n  ${TERM}`,
    code: 'yaml-forbidden-key',
  },
  'vocabulary with a custom tag': {
    file: 'vocabularies/tagged.yaml',
    text: `merah: !term\n  ${TERM}`,
    code: 'yaml-tag',
  },
};
