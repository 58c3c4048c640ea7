import { describe, expect, it } from 'vitest';
import { failureReason } from '../../../scripts/bench/run.ts';

describe('failureReason', () => {
  it('names the memory failure a build log ends with', () => {
    const log =
      'page 1\n<--- Last few GCs --->\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n';
    expect(failureReason(log)).toBe(
      ' (FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory)',
    );
  });

  it('says nothing of an ordinary failure', () => {
    expect(failureReason('Build dihentikan karena 2 masalah konten.\n')).toBe('');
  });
});
