import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import {
  alternativesFromForm,
  alternativesToForm,
  fileMonth,
  formatOf,
} from '../../../src/integrations/admin/forms.js';
import { buildCmsConfig } from '../../../src/lib/cms/config.ts';
import { vocabularyFileSchemaOf } from '../../../src/lib/content/collections.ts';

const generated = buildCmsConfig({ vocabularies: {}, siteName: 'Situs Contoh' });
const { names } = generated;
const format = (collection: string) =>
  formatOf(generated.formats[collection], yaml, generated.alternatives[collection] ?? [], names);
const vocabularies = resolve(import.meta.dirname, '../../../content/vocabularies');

describe('the vocabulary format', () => {
  const files = readdirSync(vocabularies).filter((f) => f.endsWith('.yaml'));

  it.each(files)('writes %s back byte for byte when it is opened and saved unchanged', (file) => {
    const text = readFileSync(join(vocabularies, file), 'utf8');
    expect(format('vocabularies').toFile(format('vocabularies').fromFile(text))).toBe(text);
  });

  it('opens a mapping as a list of terms, each with its key', () => {
    const form = format('vocabularies').fromFile(
      '# Contoh latihan\ntema-a:\n  label: { id: A, en: A }\n  terms: [a]\n',
    );
    expect(form).toEqual({
      [names.header]: 'Contoh latihan',
      [names.terms]: [{ [names.key]: 'tema-a', label: { id: 'A', en: 'A' }, terms: ['a'] }],
    });
  });

  it('saves a term added in the form as a new key the schema accepts, after the others', () => {
    const text = readFileSync(join(vocabularies, 'participant-groups.yaml'), 'utf8');
    const form = format('vocabularies').fromFile(text);
    form[names.terms].push({
      [names.key]: 'kelompok-latihan',
      label: { id: 'Kelompok latihan', en: 'Practice group' },
      terms: ['Contoh latihan'],
      body: { [names.choice]: 'own' },
    });
    const saved = yaml.parse(format('vocabularies').toFile(form));
    expect(Object.keys(saved).at(-1)).toBe('kelompok-latihan');
    expect(saved['kelompok-latihan'].body).toBe('own');
    expect(vocabularyFileSchemaOf('participant-groups').safeParse(saved).success).toBe(true);
  });
});

describe('the record format of cohorts', () => {
  it('opens period: unknown as the choice "unknown" and saves it back as the word', () => {
    const form = format('cohorts').fromFile('status: announced\nperiod: unknown\n');
    expect(form.period).toEqual({ [names.choice]: 'unknown' });
    expect(yaml.parse(format('cohorts').toFile(form))).toEqual({
      status: 'announced',
      period: 'unknown',
    });
  });

  it('keeps dates as dates, and saves the word when the form chooses it over dates', () => {
    const form = format('cohorts').fromFile('period:\n  start: 2023-03\n');
    expect(form.period).toEqual({ [names.choice]: names.object, start: '2023-03' });
    expect(format('cohorts').toFile(form)).toBe('period:\n  start: 2023-03\n');
    form.period[names.choice] = 'unknown';
    expect(format('cohorts').toFile(form)).toBe('period: unknown\n');
  });

  it("orders a record's keys as the form's fields", () => {
    const text = format('cohorts').toFile({ place: 'x', status: 'held' }, ['status', 'place']);
    expect(text).toBe('status: held\nplace: x\n');
  });
});

describe('alternativesToForm / alternativesFromForm', () => {
  const alts = [{ path: 'list[].body', literal: 'own' }];

  it('reach into list items, and drop an object left empty', () => {
    const data = { list: [{ body: 'own' }, { body: { id: 'B', en: 'B' } }, { name: 'c' }] };
    const form = alternativesToForm(data, alts, names);
    expect(form.list[0].body).toEqual({ [names.choice]: 'own' });
    expect(form.list[1].body[names.choice]).toBe(names.object);
    expect(alternativesFromForm(form, alts, names)).toEqual(data);
    const emptied = { list: [{ name: 'd', body: { [names.choice]: names.object } }] };
    expect(alternativesFromForm(emptied, alts, names)).toEqual({ list: [{ name: 'd' }] });
  });

  it('leave the data they are given unchanged', () => {
    const data = { list: [{ body: 'own' }] };
    alternativesToForm(data, alts, names);
    expect(data).toEqual({ list: [{ body: 'own' }] });
  });
});

describe('the month a new record file is named after', () => {
  it.each([
    ['2023-05-15', '2023-05'],
    ['2023-05', '2023-05'],
    ['2023', '2023'],
    ['', 'tanpa-tanggal'],
    [undefined, 'tanpa-tanggal'],
    ['unknown', 'tanpa-tanggal'],
  ])('%s → %s, as npm run new names it', (date, month) => {
    expect(fileMonth(date)).toBe(month);
  });

  it('is never written into the file', () => {
    const text = format('cohorts').toFile({ theme: 'contoh', [names.month]: '2023-05' });
    expect(text).not.toContain(names.month);
    expect(yaml.parse(text)).toEqual({ theme: 'contoh' });
  });
});
