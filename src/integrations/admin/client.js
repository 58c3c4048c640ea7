/**
 * The browser editor's page script (served at /admin/admin.js, never on a
 * public page): loads Decap CMS with the configuration generated from the
 * schemas, turns form text back into what the schemas want before saving
 * (numbers, and no empty fields), and shows beside the form the checker's
 * verdict on the file being edited, refreshed after each save. It registers
 * the Indonesian interface (locale-id.js) and the file formats of forms.js
 * before the editor starts.
 */
/* global window, document */

const state = { numbers: {}, dated: {}, names: {}, fileMonth: () => '', file: '' };

/** The content file of the entry open in the editor, from the address. */
function currentFile(config) {
  const m = /#\/collections\/([^/]+)\/entries\/([^?]+)/.exec(window.location.hash);
  if (!m) return '';
  const collection = config.collections.find((c) => c.name === m[1]);
  const name = decodeURIComponent(m[2]);
  if (collection && collection.files)
    return (collection.files.find((f) => f.name === name) || {}).file || '';
  if (!collection || !collection.folder) return '';
  return `${collection.folder}/${name}.${collection.extension}`;
}

/** Drop empty texts, lists and objects, which the schemas refuse. */
function pruned(value) {
  if (Array.isArray(value)) {
    const items = value.map(pruned).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const p = pruned(v);
      if (p !== undefined) out[k] = p;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value === '' || value === null ? undefined : value;
}

/** Paths of the empty texts, lists and objects inside a value, deepest and last first. */
function emptyPaths(value, path = [], out = []) {
  if (value && typeof value === 'object') {
    const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (const k of keys) {
      if (pruned(value[k]) === undefined) out.push([...path, k]);
      else emptyPaths(value[k], [...path, k], out);
    }
  }
  return out;
}

/** The concrete paths of a pattern (`a.b`, `list[].c`) in a value, with their values. */
function pathsOf(value, pattern, path = []) {
  if (!pattern.length) return [[path, value]];
  if (!value || typeof value !== 'object') return [];
  const [head, ...rest] = pattern;
  const list = head.endsWith('[]');
  const key = list ? head.slice(0, -2) : head;
  const at = value[key];
  if (at === undefined) return [];
  if (!list) return pathsOf(at, rest, [...path, key]);
  return Array.isArray(at) ? at.flatMap((v, i) => pathsOf(v, rest, [...path, key, i])) : [];
}

/** The entry's data as the schemas want it: no empty fields, digits as numbers. */
function cleaned(data, numberPaths) {
  let out = data;
  for (const path of emptyPaths(data.toJS()).reverse()) out = out.deleteIn(path);
  const plain = out.toJS();
  for (const pattern of numberPaths) {
    for (const [path, v] of pathsOf(plain, pattern.split('.'))) {
      if (typeof v === 'string' && /^\d+$/.test(v)) out = out.setIn(path, Number(v));
    }
  }
  return out;
}

/** The verdict panel: a fold, open at first on a wide screen and closed on a phone (its title still counts the problems). */
function renderVerdict(panel, file, problems) {
  const wide = window.matchMedia('(min-width: 48rem)').matches;
  const wasOpen = panel.firstChild ? panel.firstChild.open : wide;
  const fold = document.createElement('details');
  fold.open = wasOpen;
  const title = document.createElement('summary');
  const count = problems.length ? ` — ${problems.length} masalah` : '';
  title.textContent = `Hasil pemeriksaan${file ? `: ${file}` : ''}${count}`;
  fold.append(title);
  const list = document.createElement('ul');
  for (const p of problems) {
    const item = document.createElement('li');
    item.dataset.field = p.field ?? '';
    const where = `${p.field ?? ''}${p.line ? ` (baris ${p.line})` : ''}`;
    item.textContent = `${where}: ${p.message.id} Perbaikan: ${p.fix.id} (${p.message.en} Fix: ${p.fix.en})`;
    list.append(item);
  }
  const none = document.createElement('p');
  none.textContent = file
    ? 'Tidak ada masalah pada berkas ini. (No problems in this file.)'
    : 'Buka atau simpan sebuah entri untuk melihat hasil pemeriksaannya. (Open or save an entry to see its check.)';
  fold.append(problems.length ? list : none);
  const all = document.createElement('a');
  all.href = '/admin/verdict/';
  all.target = '_blank';
  all.textContent = 'Semua hasil pemeriksaan (all problems)';
  fold.append(all);
  panel.replaceChildren(fold);
}

async function refresh(config, panel) {
  const file = currentFile(config) || state.file;
  const query = new URLSearchParams({ file });
  const response = await fetch(`/admin/verdict.json?${query}`);
  const body = await response.json();
  renderVerdict(panel, file, body.problems);
}

/** The Indonesian interface and the formats of our collections, registered before the editor starts. */
async function register(CMS, generated) {
  const [yaml, forms, locale] = await Promise.all([
    import('/admin/yaml/index.js'),
    import('/admin/forms.js'),
    import('/admin/locale-id.js'),
  ]);
  CMS.registerLocale(generated.config.locale, locale.default);
  state.fileMonth = forms.fileMonth;
  for (const [collection, name] of Object.entries(generated.formats)) {
    const alternatives = generated.alternatives[collection] ?? [];
    CMS.registerCustomFormat(
      name,
      'yaml',
      forms.formatOf(name, yaml, alternatives, generated.names),
    );
  }
}

async function start() {
  const generated = await (await fetch('/admin/config.json')).json();
  const { config, numbers, dated, names } = generated;
  state.numbers = numbers;
  state.dated = dated;
  state.names = names;
  const panel = document.createElement('aside');
  panel.id = 'verdict';
  panel.setAttribute('aria-live', 'polite');
  document.body.append(panel);
  const CMS = window.CMS;
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = entry.get('collection');
      const out = cleaned(entry.get('data'), state.numbers[collection] ?? []);
      const dated = state.dated[collection];
      // What the file of a new record is named after (see src/lib/cms/config.ts); not saved.
      return dated ? out.set(state.names.month, state.fileMonth(out.getIn(dated.split('.')))) : out;
    },
  });
  CMS.registerEventListener({
    name: 'postSave',
    handler: ({ entry }) => {
      const collection = config.collections.find((c) => c.name === entry.get('collection'));
      // A new entry has no slug yet here: its address, read on the next refresh, names the file.
      if (collection && collection.folder && entry.get('slug'))
        state.file = `${collection.folder}/${entry.get('slug')}.${collection.extension}`;
      window.setTimeout(() => refresh(config, panel), 300);
    },
  });
  await register(CMS, generated);
  CMS.init({ config });
  window.addEventListener('hashchange', () => {
    // The saved file of the entry left behind is not the one now open (a new entry has none).
    state.file = '';
    refresh(config, panel);
  });
  setInterval(() => refresh(config, panel), 4000);
  refresh(config, panel);
}

start();
