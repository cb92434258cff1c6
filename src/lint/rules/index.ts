import type { LintRule } from '../rule.js';
import acceptedStatusLink from './accepted-status-link.js';
import apiServers from './api-servers.js';
import arrayItems from './array-items.js';
import arrayParameterSerialization from './array-parameter-serialization.js';
import authRateLimited from './auth-rate-limited.js';
import booleanParameterPrefixes from './boolean-parameter-prefixes.js';
import componentNameValid from './component-name-valid.js';
import conditional412 from './conditional-412.js';
import contactProperties from './contact-properties.js';
import create201Location from './create-201-location.js';
import deprecatedReplacement from './deprecated-replacement.js';
import deprecationHeaders from './deprecation-headers.js';
import discriminatorPropertyDefined from './discriminator-property-defined.js';
import documentStructure from './document-structure.js';
import duplicatedEntryInEnum from './duplicated-entry-in-enum.js';
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
import exampleValueOrExternalValue from './example-value-or-external-value.js';
import filterAllowListed from './filter-allow-listed.js';
import formDataConsumes from './form-data-consumes.js';
import idempotencyKeyErrors from './idempotency-key-errors.js';
import idempotencyKeyOnCreate from './idempotency-key-on-create.js';
import infoContact from './info-contact.js';
import infoDescription from './info-description.js';
import infoLicense from './info-license.js';
import infoVersionSemver from './info-version-semver.js';
import item404 from './item-404.js';
import licenseUrl from './license-url.js';
import noAmbiguousPaths from './no-ambiguous-paths.js';
import noCallbacksInCallbacks from './no-callbacks-in-callbacks.js';
import noCallbacksInWebhook from './no-callbacks-in-webhook.js';
import noContentBody from './no-content-body.js';
import noDuplicatedTagNames from './no-duplicated-tag-names.js';
import noHttpVerbsInPaths from './no-http-verbs-in-paths.js';
import noIdenticalPaths from './no-identical-paths.js';
import noIllogicalCompositionKeywords from './no-illogical-composition-keywords.js';
import noMixedNumberRangeConstraints from './no-mixed-number-range-constraints.js';
import noPathTrailingSlash from './no-path-trailing-slash.js';
import noRefSiblings from './no-ref-siblings.js';
import noSchemaTypeMismatch from './no-schema-type-mismatch.js';
import noSecretsInUrl from './no-secrets-in-url.js';
import noServerExampleCom from './no-server-example.com.js';
import noServerTrailingSlash from './no-server-trailing-slash.js';
import noServersInWebhook from './no-servers-in-webhook.js';
import noTopLevelArray from './no-top-level-array.js';
import noUnsafeMarkdown from './no-unsafe-markdown.js';
import noUnusedComponents from './no-unused-components.js';
import nullableTypeSibling from './nullable-type-sibling.js';
import oas2NoAnyofOneof from './oas2-no-anyof-oneof.js';
import openapiTags from './openapi-tags.js';
import operation4xxResponse from './operation-4xx-response.js';
import operationDescription from './operation-description.js';
import operationErrorResponses from './operation-error-responses.js';
import operationIdUnique from './operation-id-unique.js';
import operationOperationIdUrlSafe from './operation-operationId-url-safe.js';
import operationParametersUnique from './operation-parameters-unique.js';
import operationSecurityDefined from './operation-security-defined.js';
import operationSingularTag from './operation-singular-tag.js';
import operationSuccessResponse from './operation-success-response.js';
import operationSummary from './operation-summary.js';
import operationTagDefined from './operation-tag-defined.js';
import operationTags from './operation-tags.js';
import paginationCollection from './pagination-collection.js';
import paginationCursorPreferred from './pagination-cursor-preferred.js';
import paginationNextLink from './pagination-next-link.js';
import paginationPageSizeBounded from './pagination-page-size-bounded.js';
import parameterDescription from './parameter-description.js';
import pathCasingConsistent from './path-casing-consistent.js';
import pathDeclarationMustExist from './path-declaration-must-exist.js';
import pathHttpVerbsOrder from './path-http-verbs-order.js';
import pathNotIncludeQuery from './path-not-include-query.js';
import pathParameterNamesUnique from './path-parameter-names-unique.js';
import pathParametersDefined from './path-parameters-defined.js';
import pathsKebabCase from './paths-kebab-case.js';
import propertyCasingConsistent from './property-casing-consistent.js';
import rateLimitRetryAfter from './rate-limit-retry-after.js';
import requestBounded from './request-bounded.js';
import requestUnknownFields from './request-unknown-fields.js';
import requiredStringPropertyMissingMinLength from './required-string-property-missing-min-length.js';
import scalarPropertyMissingExample from './scalar-property-missing-example.js';
import schemaRequiredExists from './schema-required-exists.js';
import scoped403 from './scoped-403.js';
import secured401 from './secured-401.js';
import securitySchemeDefined from './security-scheme-defined.js';
import securityScopesDefined from './security-scopes-defined.js';
import serverVariablesDefined from './server-variables-defined.js';
import serversHttps from './servers-https.js';
import sortAllowListed from './sort-allow-listed.js';
import statusCodeRegistered from './status-code-registered.js';
import successNoErrorBody from './success-no-error-body.js';
import sunsetAfterDeprecation from './sunset-after-deprecation.js';
import tagDescription from './tag-description.js';
import tagsAlphabetical from './tags-alphabetical.js';
import versioningConsistent from './versioning-consistent.js';

/** Every contract-lint rule, sorted by id; presets are read from each rule's metadata. */
export const LINT_RULES: readonly LintRule[] = [
  acceptedStatusLink,
  apiServers,
  arrayItems,
  arrayParameterSerialization,
  authRateLimited,
  booleanParameterPrefixes,
  componentNameValid,
  conditional412,
  contactProperties,
  create201Location,
  deprecatedReplacement,
  deprecationHeaders,
  discriminatorPropertyDefined,
  documentStructure,
  duplicatedEntryInEnum,
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
  exampleValueOrExternalValue,
  filterAllowListed,
  formDataConsumes,
  idempotencyKeyErrors,
  idempotencyKeyOnCreate,
  infoContact,
  infoDescription,
  infoLicense,
  infoVersionSemver,
  item404,
  licenseUrl,
  noAmbiguousPaths,
  noCallbacksInCallbacks,
  noCallbacksInWebhook,
  noContentBody,
  noDuplicatedTagNames,
  noHttpVerbsInPaths,
  noIdenticalPaths,
  noIllogicalCompositionKeywords,
  noMixedNumberRangeConstraints,
  noPathTrailingSlash,
  noRefSiblings,
  noSchemaTypeMismatch,
  noSecretsInUrl,
  noServerExampleCom,
  noServerTrailingSlash,
  noServersInWebhook,
  noTopLevelArray,
  noUnsafeMarkdown,
  noUnusedComponents,
  nullableTypeSibling,
  oas2NoAnyofOneof,
  openapiTags,
  operation4xxResponse,
  operationDescription,
  operationErrorResponses,
  operationIdUnique,
  operationOperationIdUrlSafe,
  operationParametersUnique,
  operationSecurityDefined,
  operationSingularTag,
  operationSuccessResponse,
  operationSummary,
  operationTagDefined,
  operationTags,
  paginationCollection,
  paginationCursorPreferred,
  paginationNextLink,
  paginationPageSizeBounded,
  parameterDescription,
  pathCasingConsistent,
  pathDeclarationMustExist,
  pathHttpVerbsOrder,
  pathNotIncludeQuery,
  pathParameterNamesUnique,
  pathParametersDefined,
  pathsKebabCase,
  propertyCasingConsistent,
  rateLimitRetryAfter,
  requestBounded,
  requestUnknownFields,
  requiredStringPropertyMissingMinLength,
  scalarPropertyMissingExample,
  schemaRequiredExists,
  scoped403,
  secured401,
  securitySchemeDefined,
  securityScopesDefined,
  serverVariablesDefined,
  serversHttps,
  sortAllowListed,
  statusCodeRegistered,
  successNoErrorBody,
  sunsetAfterDeprecation,
  tagDescription,
  tagsAlphabetical,
  versioningConsistent,
];
