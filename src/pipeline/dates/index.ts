export { recogniseDates } from './recognise.js';
export { findDocumentDates } from './document-date.js';
export type { DateMatch, DateOptions, DocumentDate } from './types.js';
