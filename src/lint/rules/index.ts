import type { LintRule } from '../rule.js';
import acceptedStatusLink from './accepted-status-link.js';
import asyncapiChannelNoEmptyParameter from './asyncapi-channel-no-empty-parameter.js';
import asyncapiChannelNoQueryNorFragment from './asyncapi-channel-no-query-nor-fragment.js';
import asyncapiChannelNoTrailingSlash from './asyncapi-channel-no-trailing-slash.js';
import asyncapiChannelServers from './asyncapi-channel-servers.js';
import asyncapiChannelsKebabCase from './asyncapi-channels-kebab-case.js';
import asyncapiHeadersSchemaTypeObject from './asyncapi-headers-schema-type-object.js';
import asyncapiInfoContactProperties from './asyncapi-info-contact-properties.js';
import asyncapiInfoContact from './asyncapi-info-contact.js';
import asyncapiInfoDescription from './asyncapi-info-description.js';
import asyncapiInfoLicenseUrl from './asyncapi-info-license-url.js';
import asyncapiInfoLicense from './asyncapi-info-license.js';
import asyncapiLatestVersion from './asyncapi-latest-version.js';
import asyncapiOperationDescription from './asyncapi-operation-description.js';
import asyncapiOperationSecurity from './asyncapi-operation-security.js';
import asyncapiParameterDescription from './asyncapi-parameter-description.js';
import asyncapiPayloadDefault from './asyncapi-payload-default.js';
import asyncapiPayloadExamples from './asyncapi-payload-examples.js';
import asyncapiPayloadUnsupportedSchemaFormat from './asyncapi-payload-unsupported-schema-format.js';
import asyncapiPayload from './asyncapi-payload.js';
import asyncapiSchemaDefault from './asyncapi-schema-default.js';
import asyncapiSchemaExamples from './asyncapi-schema-examples.js';
import asyncapiSchema from './asyncapi-schema.js';
import asyncapiServerNoEmptyVariable from './asyncapi-server-no-empty-variable.js';
import asyncapiServerNoTrailingSlash from './asyncapi-server-no-trailing-slash.js';
import asyncapiServerNotExampleCom from './asyncapi-server-not-example-com.js';
import asyncapiServerSecurity from './asyncapi-server-security.js';
import asyncapiServerVariables from './asyncapi-server-variables.js';
import asyncapiServers from './asyncapi-servers.js';
import asyncapiTagDescription from './asyncapi-tag-description.js';
import asyncapiTagsAlphabetical from './asyncapi-tags-alphabetical.js';
import asyncapiTagsUniqueness from './asyncapi-tags-uniqueness.js';
import asyncapiTags from './asyncapi-tags.js';
import asyncapiUnusedComponentsSchema from './asyncapi-unused-components-schema.js';
import asyncapiUnusedComponentsServer from './asyncapi-unused-components-server.js';
import authRateLimited from './auth-rate-limited.js';
import conditional412 from './conditional-412.js';
import create201Location from './create-201-location.js';
import deprecatedReplacement from './deprecated-replacement.js';
import deprecationHeaders from './deprecation-headers.js';
import enumTypeMatch from './enum-type-match.js';
import errorNoInternals from './error-no-internals.js';
import errorProblemJson from './error-problem-json.js';
import errorSchemaConsistent from './error-schema-consistent.js';
import eventChannelNaming from './event-channel-naming.js';
import eventChannelParameters from './event-channel-parameters.js';
import eventCorrelationIdLocation from './event-correlation-id-location.js';
import eventCorrelationId from './event-correlation-id.js';
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
  asyncapiChannelNoEmptyParameter,
  asyncapiChannelNoQueryNorFragment,
  asyncapiChannelNoTrailingSlash,
  asyncapiChannelServers,
  asyncapiChannelsKebabCase,
  asyncapiHeadersSchemaTypeObject,
  asyncapiInfoContact,
  asyncapiInfoContactProperties,
  asyncapiInfoDescription,
  asyncapiInfoLicense,
  asyncapiInfoLicenseUrl,
  asyncapiLatestVersion,
  asyncapiOperationDescription,
  asyncapiOperationSecurity,
  asyncapiParameterDescription,
  asyncapiPayload,
  asyncapiPayloadDefault,
  asyncapiPayloadExamples,
  asyncapiPayloadUnsupportedSchemaFormat,
  asyncapiSchema,
  asyncapiSchemaDefault,
  asyncapiSchemaExamples,
  asyncapiServerNoEmptyVariable,
  asyncapiServerNoTrailingSlash,
  asyncapiServerNotExampleCom,
  asyncapiServerSecurity,
  asyncapiServerVariables,
  asyncapiServers,
  asyncapiTagDescription,
  asyncapiTags,
  asyncapiTagsAlphabetical,
  asyncapiTagsUniqueness,
  asyncapiUnusedComponentsSchema,
  asyncapiUnusedComponentsServer,
  authRateLimited,
  conditional412,
  create201Location,
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
