// The event log's feed and catalogue (issue 16). Webhooks and notifications filter with eventVisibilityCondition.
import './messages.js';
export { eventVisibilityCondition } from './visibility.js';
export { eventCatalogue, eventTypeNamed, eventTypes, type CatalogueEntry } from './catalogue.js';
