import { expect, test } from 'vitest';
import { r2 } from '../../../src/lib/charts/round.ts';

test('r2 rounds coordinates to hundredths', () => {
  expect(r2(10.123456)).toBe(10.12);
  expect(r2(20.98765)).toBe(20.99);
  expect(r2(-3.005)).toBe(-3);
  expect(r2(4)).toBe(4);
});
