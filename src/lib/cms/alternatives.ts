/**
 * A field that is either a word or an object (`period: unknown` or
 * `{ start, end }`; a participant group's `body: own` or `{ id, en }`) as a
 * form can hold it: an object whose first part, `CHOICE_FIELD`, chooses
 * between the word and the object's own parts. The form never saves the
 * choice: the admin page's formats (src/integrations/admin/forms.js) turn the
 * word into the choice when a file is opened and back when it is saved, at
 * the paths listed in `Alternative`s.
 */
import type { Json } from './fields.ts';

type Node = { [key: string]: Json };

/** Name of the form part that chooses between the word and the object; never saved. */
export const CHOICE_FIELD = 'choice';
/** Value of that part when the object's parts are filled in. */
export const OBJECT_CHOICE = 'fields';

/** A dotted path (list items as `[]`) whose value is either `literal` or an object. */
export interface Alternative {
  path: string;
  literal: string;
}

/** The word of a union of one string constant and one object, if the node is one. */
export function literalOf(alts: readonly Node[]): string | undefined {
  const words = alts.filter((a) => typeof a['const'] === 'string');
  const objects = alts.filter((a) => a['type'] === 'object');
  const word = words[0]?.['const'];
  return alts.length === 2 && words.length === 1 && objects.length === 1 && typeof word === 'string'
    ? word
    : undefined;
}

/** Plain words for the two choices, by what the word means for the object. */
function choiceLabels(literal: string, object: Node): { word: string; fields: string } {
  const parts = object['properties'];
  const dated =
    typeof parts === 'object' &&
    parts !== null &&
    !Array.isArray(parts) &&
    Object.values(parts).some((p) => isDate(p));
  if (literal === 'unknown' && dated)
    return { word: 'tanggal tidak diketahui (unknown)', fields: 'tanggal diketahui' };
  if (literal === 'unknown') return { word: 'tidak diketahui (unknown)', fields: 'diketahui' };
  return { word: literal, fields: 'lainnya' };
}

const isDate = (p: Json): boolean =>
  typeof p === 'object' && p !== null && !Array.isArray(p) && p['format'] === 'partial-date';

/**
 * The choice part of such a field: a required select, set to the object's
 * parts for a new entry.
 */
export function choiceField(literal: string, object: Node): { [key: string]: Json } {
  const labels = choiceLabels(literal, object);
  return {
    name: CHOICE_FIELD,
    label: 'Pilih isian',
    hint: `Pilih "${labels.word}" bila sumber tidak memberi rinciannya; selain itu isi bagian di bawah. — Choose "${literal}" when the source gives no details; otherwise fill in the parts below.`,
    widget: 'select',
    required: true,
    default: OBJECT_CHOICE,
    options: [
      { label: labels.fields, value: OBJECT_CHOICE },
      { label: labels.word, value: literal },
    ],
  };
}
