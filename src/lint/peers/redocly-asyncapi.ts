import type { PeerRule } from './types.js';

/**
 * Redocly's rules for AsyncAPI 2.x and 3.x (`async2Rules`/`async3Rules`, read from
 * @redocly/openapi-core as bundled in @redocly/cli 2.x), with their severity in the `recommended`
 * config (`recommended: false` = off there; the severity is then the one `all` gives). The
 * OpenAPI rules of the same names are in redocly-recommended.ts; the lead joins the two tables.
 */
export const REDOCLY_ASYNCAPI: readonly PeerRule[] = [
  { name: 'channels-kebab-case', recommended: false, severity: 'error', archway: ['asyncapi-channels-kebab-case'] },
  { name: 'info-contact', recommended: false, severity: 'error', archway: ['asyncapi-info-contact'] },
  {
    name: 'info-license-strict',
    recommended: true,
    severity: 'warn',
    archway: ['asyncapi-info-license-url'],
    note: 'archway also reports a document with no licence at all (Spectral does too); Redocly judges only a licence that is there',
  },
  {
    name: 'no-channel-trailing-slash',
    recommended: false,
    severity: 'error',
    archway: ['asyncapi-channel-no-trailing-slash'],
    note: 'archway judges the 3.0 address; Redocly the channels map key',
  },
  {
    name: 'no-duplicated-enum-values',
    recommended: true,
    severity: 'warn',
    archway: ['duplicated-entry-in-enum'],
    note: 'archway walks JSON Schema payloads only (Redocly also an Avro one) and no binding schemas',
  },
  {
    name: 'no-duplicated-tag-names',
    recommended: true,
    severity: 'warn',
    archway: ['asyncapi-tags-uniqueness'],
    note: 'archway judges each tag list on its own',
  },
  { name: 'no-enum-type-mismatch', recommended: true, severity: 'error', archway: ['enum-type-match'], note: 'archway does not check `const`' },
  { name: 'no-mixed-number-range-constraints', recommended: true, severity: 'warn', archway: ['no-mixed-number-range-constraints'] },
  {
    name: 'no-required-schema-properties-undefined',
    recommended: true,
    severity: 'warn',
    archway: ['schema-required-exists'],
    note: 'archway skips schemas composed with allOf/anyOf/oneOf, with additionalProperties or without properties',
  },
  { name: 'no-schema-type-mismatch', recommended: true, severity: 'error', archway: ['no-schema-type-mismatch'] },
  {
    name: 'no-unsafe-markdown',
    recommended: true,
    severity: 'warn',
    archway: ['no-unsafe-markdown'],
    note: 'archway also flags eval( (as Spectral) and checks titles',
  },
  { name: 'operation-operationId', recommended: true, severity: 'warn', archway: ['event-operation-documented'] },
  {
    name: 'security-defined',
    recommended: true,
    severity: 'warn',
    archway: ['event-server-security', 'asyncapi-operation-security'],
    note: 'event-server-security also wants every non-local server secured',
  },
  { name: 'security-scopes-defined', recommended: true, severity: 'warn', archway: ['asyncapi-operation-security', 'asyncapi-server-security'] },
  { name: 'spec-ref-siblings', recommended: true, severity: 'warn', archway: ['no-ref-siblings'] },
  { name: 'tag-description', recommended: true, severity: 'warn', archway: ['asyncapi-tag-description'] },
  { name: 'tags-alphabetical', recommended: false, severity: 'error', archway: ['asyncapi-tags-alphabetical'] },
];
