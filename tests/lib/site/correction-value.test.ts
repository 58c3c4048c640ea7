import { describe, expect, it } from 'vitest';
import { correctionValue } from '../../../src/lib/site/correction-value.ts';

describe('correctionValue', () => {
  it('reads a date field as a date in words, keeping its ISO form', () => {
    expect(correctionValue('sendoff.date', '2023-03-21', 'id')).toEqual({
      kind: 'date',
      datetime: '2023-03-21',
      text: '21 Maret 2023',
    });
    expect(correctionValue('period.start', '2023-03', 'en')).toEqual({
      kind: 'date',
      datetime: '2023-03',
      text: 'March 2023',
    });
  });
  it('reads a period interval as a range, keeping both ends', () => {
    expect(correctionValue('period', '2019-02-17/2019-02-23', 'en')).toEqual({
      kind: 'period',
      start: '2019-02-17',
      end: '2019-02-23',
      text: '17–23 February 2019',
    });
  });
  it('leaves other fields and values that are not dates as written', () => {
    expect(correctionValue('participants.asn', '2023', 'id')).toEqual({
      kind: 'text',
      text: '2023',
    });
    expect(correctionValue('period', 'unknown', 'id')).toEqual({ kind: 'text', text: 'unknown' });
    expect(correctionValue('period', '2019-02-17/soon', 'id')).toEqual({
      kind: 'text',
      text: '2019-02-17/soon',
    });
  });
});
