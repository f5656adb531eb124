// The standardize stage: one normalizer per field kind, and the driver that runs them over a record.
export { cleanText, normalizeText } from './text.js';
export { normalizePhone, type PhoneType } from './phone.js';
export { normalizeEmail } from './email.js';
export { normalizeDate, normalizeColumnDate, TWO_DIGIT_YEAR_PIVOT } from './date.js';
export { inferDateOrder, dateOrderEvidence, type ColumnOrder, type DateOrderEvidence } from './date-order.js';
export { normalizeAmount } from './amount.js';
export { currencyCode, normalizeCurrency } from './currency.js';
export { countryCode, normalizeCountry } from './country.js';
export { standardizeRecord, standardizeRecords, type StandardizeOptions, type StandardizeOutput } from './record.js';
export * from './name.js';
export * from './company.js';
export * from './address.js';
export * from './postcode.js';
