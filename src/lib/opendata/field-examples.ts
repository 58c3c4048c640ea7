/**
 * The field docs of the content schemas give `participants.<group>` as an
 * example of a fact field. A site shows that example with its own
 * government's participant group (the profile's `staff_group`), a key its
 * participant-groups vocabulary holds, in the data dictionary, the data
 * package and the editors' JSON Schemas.
 */
import type { SiteProfile } from '../../schemas/site-profile.ts';
import type { Bilingual } from './table.ts';

/** A participant field path written in a doc: "participants." and a group key. */
const GROUP_FIELD = /\bparticipants\.[a-z0-9]+(?:-[a-z0-9]+)*/g;

/** `text` with every example participant field naming the profile's own group. */
export function withStaffGroup(text: string, profile: Pick<SiteProfile, 'staff_group'>): string {
  return text.replace(GROUP_FIELD, `participants.${profile.staff_group}`);
}

/** A bilingual doc with every example participant field naming the profile's own group. */
export function docWithStaffGroup(
  doc: Bilingual,
  profile: Pick<SiteProfile, 'staff_group'>,
): Bilingual {
  return { id: withStaffGroup(doc.id, profile), en: withStaffGroup(doc.en, profile) };
}
