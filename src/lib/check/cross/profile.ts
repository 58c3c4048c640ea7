/**
 * The site profile's keys must be terms of their vocabularies: the programme
 * the site follows, the place its trainings take place and the government's
 * own participant group, so that the defaults of a new entry are valid keys;
 * and that group must be marked as the government's own people.
 */
import type { LoadedContent } from '../../content/load.ts';
import type { Problem } from '../problem.ts';
import { checkStaffGroupBody } from './group-bodies.ts';
import { checkVocab } from './vocabularies.ts';

/** Problems of the profile's vocabulary keys; none when there is no valid profile. */
export function checkProfile(content: LoadedContent): Problem[] {
  const entry = content.profile;
  if (!entry) return [];
  const p = entry.data;
  return [
    ...checkVocab(entry, ['programme', 'key'], 'programmes', p.programme.key, content),
    ...checkVocab(entry, ['destination', 'key'], 'places', p.destination.key, content),
    ...checkVocab(entry, ['staff_group'], 'participant-groups', p.staff_group, content),
    ...checkStaffGroupBody(content),
  ];
}
