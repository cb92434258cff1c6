import type { LintRule } from '../rule.js';
import acceptedStatusLink from './accepted-status-link.js';
import authRateLimited from './auth-rate-limited.js';
import callbackUrlRestricted from './callback-url-restricted.js';
import conditional412 from './conditional-412.js';
import create201Location from './create-201-location.js';
import createAnswers201 from './create-answers-201.js';
import deprecatedReplacement from './deprecated-replacement.js';
import deprecationHeaders from './deprecation-headers.js';
import enumTypeMatch from './enum-type-match.js';
import errorNoInternals from './error-no-internals.js';
import errorProblemJson from './error-problem-json.js';
import errorSchemaConsistent from './error-schema-consistent.js';
import eventChannelNaming from './event-channel-naming.js';
import eventChannelParameters from './event-channel-parameters.js';
import eventCorrelationId from './event-correlation-id.js';
import eventCorrelationIdLocation from './event-correlation-id-location.js';
import eventDeadLetter from './event-dead-letter.js';
import eventDeliverySemantics from './event-delivery-semantics.js';
import eventEnvelope from './event-envelope.js';
import eventMessageContentType from './event-message-content-type.js';
import eventMessageDiscriminable from './event-message-discriminable.js';
import eventMessageExamplesValid from './event-message-examples-valid.js';
import eventMessageName from './event-message-name.js';
import eventMessagePayload from './event-message-payload.js';
import eventNoPiiInRouting from './event-no-pii-in-routing.js';
import eventOperationDocumented from './event-operation-documented.js';
import eventOrderingKey from './event-ordering-key.js';
import eventSchemaVersion from './event-schema-version.js';
import eventServerProtocolSecure from './event-server-protocol-secure.js';
import eventServerSecurity from './event-server-security.js';
import exampleMatchesSchema from './example-matches-schema.js';
import filterAllowListed from './filter-allow-listed.js';
import idempotencyKeyErrors from './idempotency-key-errors.js';
import idempotencyKeyOnCreate from './idempotency-key-on-create.js';
import infoContact from './info-contact.js';
import infoVersionSemver from './info-version-semver.js';
import item404 from './item-404.js';
import moneyNotFloat from './money-not-float.js';
import noContentBody from './no-content-body.js';
import noSecretsInUrl from './no-secrets-in-url.js';
import noTopLevelArray from './no-top-level-array.js';
import operationErrorResponses from './operation-error-responses.js';
import operationIdUnique from './operation-id-unique.js';
import operationSecurityDefined from './operation-security-defined.js';
import operationSuccessResponse from './operation-success-response.js';
import operationSummary from './operation-summary.js';
import paginationCollection from './pagination-collection.js';
import paginationCursorPreferred from './pagination-cursor-preferred.js';
import paginationNextLink from './pagination-next-link.js';
import paginationPageSizeBounded from './pagination-page-size-bounded.js';
import parameterDescription from './parameter-description.js';
import pathCasingConsistent from './path-casing-consistent.js';
import pathNoPersonalData from './path-no-personal-data.js';
import pathParametersDefined from './path-parameters-defined.js';
import propertyCasingConsistent from './property-casing-consistent.js';
import rateLimitRetryAfter from './rate-limit-retry-after.js';
import requestBounded from './request-bounded.js';
import requestUnknownFields from './request-unknown-fields.js';
import schemaRequiredExists from './schema-required-exists.js';
import scoped403 from './scoped-403.js';
import secured401 from './secured-401.js';
import serversHttps from './servers-https.js';
import sortAllowListed from './sort-allow-listed.js';
import statusCodeRegistered from './status-code-registered.js';
import successNoErrorBody from './success-no-error-body.js';
import sunsetAfterDeprecation from './sunset-after-deprecation.js';
import versioningConsistent from './versioning-consistent.js';

/** Every contract-lint rule, sorted by id; presets are read from each rule's metadata. */
export const LINT_RULES: readonly LintRule[] = [
  acceptedStatusLink,
  authRateLimited,
  callbackUrlRestricted,
  conditional412,
  create201Location,
  createAnswers201,
  deprecatedReplacement,
  deprecationHeaders,
  enumTypeMatch,
  errorNoInternals,
  errorProblemJson,
  errorSchemaConsistent,
  eventChannelNaming,
  eventChannelParameters,
  eventCorrelationId,
  eventCorrelationIdLocation,
  eventDeadLetter,
  eventDeliverySemantics,
  eventEnvelope,
  eventMessageContentType,
  eventMessageDiscriminable,
  eventMessageExamplesValid,
  eventMessageName,
  eventMessagePayload,
  eventNoPiiInRouting,
  eventOperationDocumented,
  eventOrderingKey,
  eventSchemaVersion,
  eventServerProtocolSecure,
  eventServerSecurity,
  exampleMatchesSchema,
  filterAllowListed,
  idempotencyKeyErrors,
  idempotencyKeyOnCreate,
  infoContact,
  infoVersionSemver,
  item404,
  moneyNotFloat,
  noContentBody,
  noSecretsInUrl,
  noTopLevelArray,
  operationErrorResponses,
  operationIdUnique,
  operationSecurityDefined,
  operationSuccessResponse,
  operationSummary,
  paginationCollection,
  paginationCursorPreferred,
  paginationNextLink,
  paginationPageSizeBounded,
  parameterDescription,
  pathCasingConsistent,
  pathNoPersonalData,
  pathParametersDefined,
  propertyCasingConsistent,
  rateLimitRetryAfter,
  requestBounded,
  requestUnknownFields,
  schemaRequiredExists,
  scoped403,
  secured401,
  serversHttps,
  sortAllowListed,
  statusCodeRegistered,
  successNoErrorBody,
  sunsetAfterDeprecation,
  versioningConsistent,
];
