import { describe, expect, it } from 'vitest';
import {
  checkRenamedFrom,
  formerIds,
  formerIdsOfRejected,
  renamesOf,
} from '../../../src/lib/check/renamed.ts';
import type { RejectedEntry } from '../../../src/lib/content/load.ts';

/** A record of a collection, with its former ids; its line of renamed_from[i] is 10 + i. */
function record(collection: string, id: string, renamed_from?: string[]) {
  return {
    id,
    file: `content/${collection}/${id}.yaml`,
    data: renamed_from ? { renamed_from } : {},
    lineOf: (path: readonly PropertyKey[]) =>
      path[0] === 'renamed_from' && typeof path[1] === 'number' ? 10 + path[1] : undefined,
  };
}
const content = (
  cohorts: ReturnType<typeof record>[],
  claims: ReturnType<typeof record>[] = [],
  context: ReturnType<typeof record>[] = [],
) => ({ cohorts, claims, context });

describe('formerIds', () => {
  it('indexes every listed old id with its record, kind and position', () => {
    const index = formerIds(
      content([record('cohorts', 'b', ['a', 'a2'])], [record('claims', 'k', ['j'])]),
    );
    expect([...index.keys()]).toEqual(['a', 'a2', 'j']);
    expect(index.get('a2')?.map((p) => [p.kind, p.entry.id, p.index])).toEqual([
      ['cohort', 'b', 1],
    ]);
    expect(index.get('j')?.[0]?.kind).toBe('claim');
  });
});

describe('formerIdsOfRejected', () => {
  it('reads the old ids of a record that failed its schema, as far as they are strings', () => {
    const rejected = (data: unknown): RejectedEntry => ({
      ...record('cohorts', 'x'),
      collection: 'cohorts',
      data,
    });
    const ids = formerIdsOfRejected({
      rejected: [
        rejected({ renamed_from: ['old-a', 3, 'Old B.yaml'] }),
        rejected({ renamed_from: 'not-a-list' }),
        rejected(null),
      ],
    });
    expect([...ids]).toEqual(['old-a', 'Old B.yaml']);
  });
});

describe('renamesOf', () => {
  it('maps each old id to the record that lists it, sorted by old id', () => {
    const renames = renamesOf(
      content([record('cohorts', 'new-b', ['old-b']), record('cohorts', 'new-a', ['old-a'])]),
    );
    expect(Object.entries(renames)).toEqual([
      ['old-a', 'new-a'],
      ['old-b', 'new-b'],
    ]);
  });

  it('is empty when nothing was renamed, and leaves out an old id listed twice', () => {
    expect(renamesOf(content([record('cohorts', 'a')]))).toEqual({});
    expect(
      renamesOf(content([record('cohorts', 'b', ['a']), record('cohorts', 'c', ['a'])])),
    ).toEqual({});
  });
});

describe('checkRenamedFrom', () => {
  it('accepts old ids that no record has and no other record lists', () => {
    const c = content(
      [record('cohorts', 'b', ['a', 'a0'])],
      [record('claims', 'k2', ['k1'])],
      [record('context', 'e2', ['e1'])],
    );
    expect(checkRenamedFrom(c)).toEqual([]);
  });

  it('refuses an old id that is the id of a current record, at its line', () => {
    const problems = checkRenamedFrom(
      content([record('cohorts', 'b', ['x', 'a']), record('cohorts', 'a')]),
    );
    expect(problems).toMatchObject([
      {
        file: 'content/cohorts/b.yaml',
        line: 11,
        field: 'renamed_from[1]',
        code: 'renamed-from-current-id',
      },
    ]);
    expect(problems[0]?.message.id).toContain('content/cohorts/a.yaml');
  });

  it('refuses an old id that is the id of a record of another kind (ids are site-wide)', () => {
    const problems = checkRenamedFrom(
      content([record('cohorts', 'b', ['k'])], [record('claims', 'k')]),
    );
    expect(problems.map((p) => p.code)).toEqual(['renamed-from-current-id']);
  });

  it("refuses a record's own id in its list", () => {
    const [problem] = checkRenamedFrom(content([record('cohorts', 'b', ['b'])]));
    expect(problem?.code).toBe('renamed-from-current-id');
    expect(problem?.message.id).toContain('id berkas ini sendiri');
  });

  it('refuses the same old id in two records, at the second, naming the first', () => {
    const problems = checkRenamedFrom(
      content([record('cohorts', 'b', ['a'])], [], [record('context', 'c', ['a'])]),
    );
    expect(problems).toMatchObject([
      { file: 'content/context/c.yaml', field: 'renamed_from[0]', code: 'renamed-from-duplicate' },
    ]);
    expect(problems[0]?.message.id).toContain('content/cohorts/b.yaml');
  });

  it('refuses the same old id twice in one list', () => {
    const problems = checkRenamedFrom(content([record('cohorts', 'b', ['a', 'a'])]));
    expect(problems).toMatchObject([{ field: 'renamed_from[1]', code: 'renamed-from-duplicate' }]);
    expect(problems[0]?.message.id).toContain('daftar ini');
  });
});
