// What webhooks take from the events module: the catalogue subscriptions are checked against, and the condition that
// limits an endpoint to the events its owner may see (the same one the feed uses).
import { eventCatalogue } from '../events/index.js';

export { eventVisibilityCondition } from '../events/index.js';

let known: Set<string> | null = null;
/** Every event type name of the catalogue. */
export function knownEventTypes(): Set<string> {
  known ??= new Set(eventCatalogue().items.map((e) => e.type));
  return known;
}
