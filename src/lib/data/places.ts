/**
 * Which places are abroad: those whose country (`country` in the places
 * vocabulary) is not the site's own (the profile's `city.country`). A claim
 * scoped "abroad" (`scope.place: abroad`) counts the cohorts held there, so a
 * course held in the city itself, or elsewhere in its country, is left out.
 * A place that names no country is not abroad; the check reports it when an
 * abroad claim needs it.
 */
import type { Term } from '../../schemas/vocabulary.ts';

/** The keys of the places outside `country` (an ISO 3166-1 code, as in the site profile). */
export function abroadPlaces(
  places: ReadonlyMap<string, Term>,
  country: string,
): ReadonlySet<string> {
  const abroad = new Set<string>();
  for (const [key, term] of places)
    if (term.country !== undefined && term.country !== country) abroad.add(key);
  return abroad;
}
