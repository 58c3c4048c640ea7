/**
 * Every practice release of the suite, in the order the runner adds them
 * (by publication date, as an office would). A new release is one more
 * module here and one more line below.
 */
import type { PracticeCase } from '../release.ts';
import { ABOUT } from './about.ts';
import { ABROAD } from './abroad.ts';
import { ALMOST } from './almost.ts';
import { FURNITURE } from './furniture.ts';
import { MORE_THAN } from './more-than.ts';
import { NEW_OUTLET } from './new-outlet.ts';
import { SEVERAL } from './several.ts';
import { TYPED_DATES } from './typed-dates.ts';
import { UNKNOWN_COUNT } from './unknown-count.ts';
import { WINDOWS } from './windows.ts';

export const RELEASES: readonly PracticeCase[] = [
  TYPED_DATES,
  NEW_OUTLET,
  ALMOST,
  MORE_THAN,
  ABROAD,
  WINDOWS,
  UNKNOWN_COUNT,
  FURNITURE,
  SEVERAL,
  ABOUT,
];
