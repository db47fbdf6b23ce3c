import { PARTIAL_DATE_PATTERN } from '../../domain/partial-date.js';

// Shared rules of the curation inputs, the same the dataset format enforces.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MESSAGE = 'must be a lower-case kebab-case slug like "cbss-secretariat"';
export const DATE_PATTERN = PARTIAL_DATE_PATTERN;
export const DATE_MESSAGE = 'must be an ISO 8601 date like "2015", "2012-01" or "2017-02-09"';
export const MAX_NAME = 500;
export const MAX_TEXT = 20_000;
export const MAX_ALIASES = 50;
