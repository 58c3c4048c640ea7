import { describe, expect, test } from 'vitest';
import { BREAKPOINT_REM, NARROW, NARROW_MAX_REM, WIDE } from '../../../src/lib/charts/sizes.ts';

describe('drawing sizes', () => {
  test('the narrow drawing is the column of a 360 px phone, at 12 px text or more', () => {
    expect(NARROW.width).toBe(360 - 2 * 16);
    expect(NARROW.fontSize).toBeGreaterThanOrEqual(12);
    expect((NARROW.fontSize * (NARROW_MAX_REM * 16)) / NARROW.width).toBeLessThanOrEqual(17);
  });

  test('the wide drawing is the column at the breakpoint, never shown smaller, its text under body text', () => {
    expect(WIDE.width).toBe(BREAKPOINT_REM * 16 - 2 * 24);
    expect((WIDE.fontSize * (48 * 16 - 48)) / WIDE.width).toBeLessThanOrEqual(18);
  });
});
