/**
 * The editor's file formats (browser module, served at /admin/forms.js):
 * between a content file and the form's data. A record (YAML) opens with
 * each word-or-object field (`period: unknown`) turned into the form's
 * choice, and saves with the choice turned back; a vocabulary file (a
 * mapping from key to term) opens as a list of terms with their keys and
 * saves as the same mapping, its opening comment kept. The names of the
 * form's parts come from the generated configuration (src/lib/cms/
 * alternatives.ts, vocabulary-form.ts), passed in as `names`. The YAML
 * library is passed in too, so the module runs in the browser and in tests.
 */

/** The objects at a dotted path (`a.b`, `list[].c`), with their parent and key. */
function slotsOf(value, pattern) {
  let slots = [{ parent: { root: value }, key: 'root' }];
  for (const head of pattern.split('.')) {
    const list = head.endsWith('[]');
    const key = list ? head.slice(0, -2) : head;
    slots = slots.flatMap(({ parent, key: at }) => {
      const here = parent[at];
      if (!here || typeof here !== 'object' || Array.isArray(here) || !(key in here)) return [];
      if (!list) return [{ parent: here, key }];
      return Array.isArray(here[key])
        ? here[key].map((_, i) => ({ parent: here[key], key: i }))
        : [];
    });
  }
  return slots;
}

const copy = (value) => (value === undefined ? value : structuredClone(value));

/** Form data of a record: each word at an alternative path becomes the choice of that word. */
export function alternativesToForm(data, alternatives, names) {
  const out = copy(data);
  for (const { path, literal } of alternatives) {
    for (const { parent, key } of slotsOf(out, path)) {
      const value = parent[key];
      if (value === literal) parent[key] = { [names.choice]: literal };
      else if (value && typeof value === 'object' && !Array.isArray(value))
        parent[key] = { [names.choice]: names.object, ...value };
    }
  }
  return out;
}

/** A record from form data: the choice of a word becomes the word; an empty object is dropped. */
export function alternativesFromForm(data, alternatives, names) {
  const out = copy(data);
  for (const { path, literal } of alternatives) {
    for (const { parent, key } of slotsOf(out, path)) {
      const value = parent[key];
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      const { [names.choice]: choice, ...rest } = value;
      if (choice === literal) parent[key] = literal;
      else if (Object.keys(rest).length) parent[key] = rest;
      else if (Array.isArray(parent)) parent[key] = {};
      else Reflect.deleteProperty(parent, key);
    }
  }
  return out;
}

/** The comment lines that open a file, without their `#`. */
function openingComment(text) {
  const lines = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) break;
    lines.push(line.replace(/^# ?/, ''));
  }
  return lines.join('\n');
}

/** Form data of a vocabulary file: its opening comment and its terms as a list. */
export function vocabularyToForm(text, yaml, alternatives, names) {
  const map = yaml.parse(text) ?? {};
  const terms = Object.entries(map).map(([key, term]) => ({ [names.key]: key, ...term }));
  const comment = openingComment(text);
  return alternativesToForm(
    { ...(comment ? { [names.header]: comment } : {}), [names.terms]: terms },
    alternatives,
    names,
  );
}

/** A vocabulary file from form data: the same mapping from key to term, in the list's order. */
export function vocabularyFromForm(data, yaml, alternatives, names) {
  const plain = alternativesFromForm(data, alternatives, names);
  const map = {};
  for (const item of plain[names.terms] ?? []) {
    const { [names.key]: key, ...term } = item;
    map[key] = term;
  }
  const comment = plain[names.header];
  const head = comment ? `${comment.replace(/^/gm, '# ')}\n` : '';
  return `${head}${yaml.stringify(map, { lineWidth: 0 })}`;
}

/** The top-level keys of a record in the form's field order, the others after. */
function ordered(data, sortedKeys) {
  const rank = (k) => (sortedKeys.includes(k) ? sortedKeys.indexOf(k) : sortedKeys.length);
  const keys = Object.keys(data).sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(keys.map((k) => [k, data[k]]));
}

/**
 * The month a new record's file is named after, from its date as the form
 * holds it: "2023-05" (or "2023" for a year alone), "tanpa-tanggal" when there
 * is none (`period: unknown`): the rule of `npm run new` (scripts/new/ids.ts).
 */
export function fileMonth(date) {
  return typeof date === 'string' && /^\d{4}(-\d{2})?/.test(date)
    ? date.slice(0, 7)
    : 'tanpa-tanggal';
}

/** The record format: YAML, word-or-object fields as the form's choice; the file-name month is never written. */
export function recordFormat(yaml, alternatives, names) {
  return {
    fromFile: (text) => alternativesToForm(yaml.parse(text) ?? {}, alternatives, names),
    toFile: (data, sortedKeys = []) => {
      const saved = Object.fromEntries(Object.entries(data).filter(([k]) => k !== names.month));
      return yaml.stringify(ordered(alternativesFromForm(saved, alternatives, names), sortedKeys), {
        lineWidth: 0,
      });
    },
  };
}

/** The format registered under a collection's format name. */
export function formatOf(name, yaml, alternatives, names) {
  return name === names.vocabularyFormat
    ? vocabularyFormat(yaml, alternatives, names)
    : recordFormat(yaml, alternatives, names);
}

/** The vocabulary format: a mapping from key to term, as a list in the form. */
export function vocabularyFormat(yaml, alternatives, names) {
  return {
    fromFile: (text) => vocabularyToForm(text, yaml, alternatives, names),
    toFile: (data) => vocabularyFromForm(data, yaml, alternatives, names),
  };
}
