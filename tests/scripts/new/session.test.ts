import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../../scripts/new/options.ts';
import { isSession, sessionFromFlags, startSession } from '../../../scripts/new/session.ts';
import { PRACTICE_FLAGS } from '../../helpers/practice.ts';

describe('sessions', () => {
  it('makes the flags one article, a cohort and a claim', () => {
    const answers = parseFlags(PRACTICE_FLAGS);
    const session = sessionFromFlags(answers, 'Teks.');
    expect(session.records.map((r) => [r.kind, r.done])).toEqual([
      ['cohort', true],
      ['claim', true],
    ]);
    expect(session).toMatchObject({ articleDone: true, pasted: 'Teks.', terms: [] });
    expect(sessionFromFlags(parseFlags(['--cohort=none']), undefined).records).toEqual([]);
  });

  it('starts an interview with what the flags leave open still to ask', () => {
    const session = startSession(parseFlags(PRACTICE_FLAGS));
    expect(session.articleDone).toBe(false);
    expect(session.records.every((r) => !r.done)).toBe(true);
    expect(startSession({}).records).toEqual([]);
  });

  it('recognises a saved session, and nothing else', () => {
    const saved = JSON.parse(JSON.stringify(startSession(parseFlags(PRACTICE_FLAGS)))) as unknown;
    expect(isSession(saved)).toBe(true);
    expect(isSession({ ...(saved as object), records: [{ kind: 'context' }] })).toBe(false);
    expect(
      isSession({
        ...(saved as object),
        terms: [{ vocabulary: 'themes', key: 'x', term: { label: { id: 'X' }, terms: [] } }],
      }),
    ).toBe(false);
    expect(isSession(null)).toBe(false);
    expect(isSession('{}')).toBe(false);
  });
});
