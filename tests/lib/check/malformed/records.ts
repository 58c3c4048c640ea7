/** Malformed claims and context events: schema errors and dates that do not match their sources. */
import { CLAIM_TEXT, CONTEXT_TEXT } from '../../../helpers/corpus.ts';
import { edited } from '../corpora.ts';
import type { Case } from './case.ts';

const claim = (from: string, to: string) => edited(CLAIM_TEXT, from, to);
const context = (from: string, to: string) => edited(CONTEXT_TEXT, from, to);

/** Malformed claims. */
export const CLAIM_CASES: Record<string, Case> = {
  'claim with an unknown metric': {
    file: 'claims/bad-metric.yaml',
    text: claim('metric: participants', 'metric: budget'),
    code: 'schema-invalid-value',
    field: 'metric',
  },
  'claim with a negative value': {
    file: 'claims/negative.yaml',
    text: claim('value: 150', 'value: -150'),
    code: 'schema-too-small',
    field: 'value',
  },
  'claim with a fractional value': {
    file: 'claims/fraction.yaml',
    text: claim('value: 150', 'value: 150.5'),
    code: 'schema-invalid-type',
    field: 'value',
  },
  'claim with no sources': {
    file: 'claims/no-sources.yaml',
    text: `${CLAIM_TEXT.slice(0, CLAIM_TEXT.indexOf('sources:'))}sources: []\n`,
    code: 'schema-too-small',
    field: 'sources',
  },
  'claim with a made_on that is not its source date': {
    file: 'claims/made-on.yaml',
    text: claim('made_on: 2019-02', 'made_on: 2021'),
    code: 'date-claim-made-on',
    field: 'made_on',
  },
  'claim with window_years 0': {
    file: 'claims/window-zero.yaml',
    text: claim('window_years: 3', 'window_years: 0'),
    code: 'schema-too-small',
    field: 'scope.window_years',
  },
};

/** Malformed context events. */
export const CONTEXT_CASES: Record<string, Case> = {
  'context event with an unknown kind': {
    file: 'context/bad-kind.yaml',
    text: context('kind: other', 'kind: party'),
    code: 'schema-invalid-value',
    field: 'kind',
  },
  'context event dated apart from its source publication': {
    file: 'context/publication.yaml',
    text: context('date: 2019-02', 'date: 2019-03'),
    code: 'date-not-publication',
    field: 'date',
  },
  'context event with a title in one language': {
    file: 'context/one-language.yaml',
    text: context('  en: Press release on the Smart City course\n', ''),
    code: 'schema-invalid-type',
    field: 'title.en',
  },
  'context event with an alias': {
    file: 'context/alias.yaml',
    text: context('title:\n  id: Siaran', 'title: &t\n  id: Siaran'),
    code: 'yaml-alias',
  },
};
