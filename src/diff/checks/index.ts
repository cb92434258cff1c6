import type { AnyCheck } from '../check.js';
import amqpChannelTypeChanged from './amqp-channel-type-changed.js';
import amqpDeliveryBecameTransient from './amqp-delivery-became-transient.js';
import amqpExchangeChanged from './amqp-exchange-changed.js';
import amqpQueueChanged from './amqp-queue-changed.js';
import amqpRoutingKeyRemoved from './amqp-routing-key-removed.js';
import anypointmqDestinationChanged from './anypointmq-destination-changed.js';
import apiAdded from './api-added.js';
import apiDeprecated from './api-deprecated.js';
import apiMadePublic from './api-made-public.js';
import apiOperationIdChanged from './api-operation-id-changed.js';
import apiReactivated from './api-reactivated.js';
import apiRemoved from './api-removed.js';
import apiSecurityAdded from './api-security-added.js';
import apiSecurityAlternativeAdded from './api-security-alternative-added.js';
import apiSecurityRemoved from './api-security-removed.js';
import apiSecurityScopeAdded from './api-security-scope-added.js';
import apiSecurityScopeRemoved from './api-security-scope-removed.js';
import apiStabilityDecreased from './api-stability-decreased.js';
import apiStabilityIncreased from './api-stability-increased.js';
import apiSunsetChanged from './api-sunset-changed.js';
import apiSunsetShortened from './api-sunset-shortened.js';
import apiTagAdded from './api-tag-added.js';
import apiTagRemoved from './api-tag-removed.js';
import avroEnumSymbolAdded from './avro-enum-symbol-added.js';
import avroEnumSymbolRemoved from './avro-enum-symbol-removed.js';
import avroFieldAddedWithoutDefault from './avro-field-added-without-default.js';
import avroFieldRemovedWithoutDefault from './avro-field-removed-without-default.js';
import avroFieldTypeChanged from './avro-field-type-changed.js';
import bindingVersionChanged from './binding-version-changed.js';
import channelAdded from './channel-added.js';
import channelAddressChanged from './channel-address-changed.js';
import channelRemoved from './channel-removed.js';
import consumedMessageAdded from './consumed-message-added.js';
import consumedMessageContentTypeChanged from './consumed-message-content-type-changed.js';
import consumedMessageEnumValueRemoved from './consumed-message-enum-value-removed.js';
import consumedMessagePropertyBecameRequired from './consumed-message-property-became-required.js';
import consumedMessageRemoved from './consumed-message-removed.js';
import consumedMessageRequiredPropertyAdded from './consumed-message-required-property-added.js';
import consumedMessageTypeChanged from './consumed-message-type-changed.js';
import eventOperationAdded from './event-operation-added.js';
import eventOperationRemoved from './event-operation-removed.js';
import httpMethodChanged from './http-method-changed.js';
import httpStatusCodeChanged from './http-status-code-changed.js';
import ibmmqDestinationChanged from './ibmmq-destination-changed.js';
import jmsDestinationChanged from './jms-destination-changed.js';
import kafkaPartitionsChanged from './kafka-partitions-changed.js';
import kafkaReplicasChanged from './kafka-replicas-changed.js';
import kafkaSchemaRegistryChanged from './kafka-schema-registry-changed.js';
import kafkaTopicChanged from './kafka-topic-changed.js';
import kafkaTopicConfigurationChanged from './kafka-topic-configuration-changed.js';
import messageSchemaFormatChanged from './message-schema-format-changed.js';
import mqttLastWillTopicChanged from './mqtt-last-will-topic-changed.js';
import mqttQosDecreased from './mqtt-qos-decreased.js';
import mqttResponseTopicChanged from './mqtt-response-topic-changed.js';
import mqttRetainRemoved from './mqtt-retain-removed.js';
import natsQueueChanged from './nats-queue-changed.js';
import publishedMessageAdded from './published-message-added.js';
import publishedMessageBecameNullable from './published-message-became-nullable.js';
import publishedMessageContentTypeChanged from './published-message-content-type-changed.js';
import publishedMessageEnumValueAdded from './published-message-enum-value-added.js';
import publishedMessagePropertyAdded from './published-message-property-added.js';
import publishedMessagePropertyBecameOptional from './published-message-property-became-optional.js';
import publishedMessagePropertyRemoved from './published-message-property-removed.js';
import publishedMessageRemoved from './published-message-removed.js';
import publishedMessageTypeChanged from './published-message-type-changed.js';
import pulsarTopicChanged from './pulsar-topic-changed.js';
import requestBodyBecameOptional from './request-body-became-optional.js';
import requestBodyBecameRequired from './request-body-became-required.js';
import requestBodyMediaTypeAdded from './request-body-media-type-added.js';
import requestBodyMediaTypeRemoved from './request-body-media-type-removed.js';
import requestBodyRemoved from './request-body-removed.js';
import requestOptionalBodyAdded from './request-optional-body-added.js';
import requestOptionalParameterAdded from './request-optional-parameter-added.js';
import requestOptionalPropertyAdded from './request-optional-property-added.js';
import requestParameterBecameOptional from './request-parameter-became-optional.js';
import requestParameterBecameRequired from './request-parameter-became-required.js';
import requestParameterDefaultValueChanged from './request-parameter-default-value-changed.js';
import requestParameterDeprecated from './request-parameter-deprecated.js';
import requestParameterEnumAdded from './request-parameter-enum-added.js';
import requestParameterEnumRemoved from './request-parameter-enum-removed.js';
import requestParameterEnumValueAdded from './request-parameter-enum-value-added.js';
import requestParameterEnumValueRemoved from './request-parameter-enum-value-removed.js';
import requestParameterFormatChanged from './request-parameter-format-changed.js';
import requestParameterFormatGeneralized from './request-parameter-format-generalized.js';
import requestParameterLocationChanged from './request-parameter-location-changed.js';
import requestParameterMaxDecreased from './request-parameter-max-decreased.js';
import requestParameterMaxIncreased from './request-parameter-max-increased.js';
import requestParameterMaxItemsDecreased from './request-parameter-max-items-decreased.js';
import requestParameterMaxLengthDecreased from './request-parameter-max-length-decreased.js';
import requestParameterMaxLengthIncreased from './request-parameter-max-length-increased.js';
import requestParameterMinDecreased from './request-parameter-min-decreased.js';
import requestParameterMinIncreased from './request-parameter-min-increased.js';
import requestParameterMinItemsIncreased from './request-parameter-min-items-increased.js';
import requestParameterMinLengthDecreased from './request-parameter-min-length-decreased.js';
import requestParameterMinLengthIncreased from './request-parameter-min-length-increased.js';
import requestParameterPatternAdded from './request-parameter-pattern-added.js';
import requestParameterPatternChanged from './request-parameter-pattern-changed.js';
import requestParameterPatternRemoved from './request-parameter-pattern-removed.js';
import requestParameterReactivated from './request-parameter-reactivated.js';
import requestParameterRemoved from './request-parameter-removed.js';
import requestParameterStyleChanged from './request-parameter-style-changed.js';
import requestParameterTypeChanged from './request-parameter-type-changed.js';
import requestParameterTypeGeneralized from './request-parameter-type-generalized.js';
import requestPathParameterRenamed from './request-path-parameter-renamed.js';
import requestPropertyAdditionalPropertiesAllowed from './request-property-additional-properties-allowed.js';
import requestPropertyAdditionalPropertiesRestricted from './request-property-additional-properties-restricted.js';
import requestPropertyBecameNotNullable from './request-property-became-not-nullable.js';
import requestPropertyBecameNullable from './request-property-became-nullable.js';
import requestPropertyBecameOptional from './request-property-became-optional.js';
import requestPropertyBecameReadOnly from './request-property-became-read-only.js';
import requestPropertyBecameRequired from './request-property-became-required.js';
import requestPropertyDefaultValueChanged from './request-property-default-value-changed.js';
import requestPropertyDeprecated from './request-property-deprecated.js';
import requestPropertyDiscriminatorChanged from './request-property-discriminator-changed.js';
import requestPropertyEnumAdded from './request-property-enum-added.js';
import requestPropertyEnumRemoved from './request-property-enum-removed.js';
import requestPropertyEnumValueAdded from './request-property-enum-value-added.js';
import requestPropertyEnumValueRemoved from './request-property-enum-value-removed.js';
import requestPropertyFormatChanged from './request-property-format-changed.js';
import requestPropertyFormatGeneralized from './request-property-format-generalized.js';
import requestPropertyMaxDecreased from './request-property-max-decreased.js';
import requestPropertyMaxIncreased from './request-property-max-increased.js';
import requestPropertyMaxItemsDecreased from './request-property-max-items-decreased.js';
import requestPropertyMaxItemsIncreased from './request-property-max-items-increased.js';
import requestPropertyMaxLengthDecreased from './request-property-max-length-decreased.js';
import requestPropertyMaxLengthIncreased from './request-property-max-length-increased.js';
import requestPropertyMinDecreased from './request-property-min-decreased.js';
import requestPropertyMinIncreased from './request-property-min-increased.js';
import requestPropertyMinItemsIncreased from './request-property-min-items-increased.js';
import requestPropertyMinLengthDecreased from './request-property-min-length-decreased.js';
import requestPropertyMinLengthIncreased from './request-property-min-length-increased.js';
import requestPropertyOneOfAdded from './request-property-one-of-added.js';
import requestPropertyOneOfRemoved from './request-property-one-of-removed.js';
import requestPropertyPatternAdded from './request-property-pattern-added.js';
import requestPropertyPatternChanged from './request-property-pattern-changed.js';
import requestPropertyPatternRemoved from './request-property-pattern-removed.js';
import requestPropertyRemoved from './request-property-removed.js';
import requestPropertyTypeChanged from './request-property-type-changed.js';
import requestPropertyTypeGeneralized from './request-property-type-generalized.js';
import requestPropertyUniqueItemsAdded from './request-property-unique-items-added.js';
import requestRequiredBodyAdded from './request-required-body-added.js';
import requestRequiredParameterAdded from './request-required-parameter-added.js';
import requestRequiredPropertyAdded from './request-required-property-added.js';
import responseClosedEnumValueAdded from './response-closed-enum-value-added.js';
import responseHeaderAdded from './response-header-added.js';
import responseHeaderBecameOptional from './response-header-became-optional.js';
import responseHeaderEnumValueAdded from './response-header-enum-value-added.js';
import responseHeaderTypeChanged from './response-header-type-changed.js';
import responseMediaTypeAdded from './response-media-type-added.js';
import responseMediaTypeRemoved from './response-media-type-removed.js';
import responseNonSuccessStatusAdded from './response-non-success-status-added.js';
import responseNonSuccessStatusRemoved from './response-non-success-status-removed.js';
import responseOptionalHeaderRemoved from './response-optional-header-removed.js';
import responseOptionalPropertyRemoved from './response-optional-property-removed.js';
import responsePropertyAdded from './response-property-added.js';
import responsePropertyAdditionalPropertiesAllowed from './response-property-additional-properties-allowed.js';
import responsePropertyBecameNotNullable from './response-property-became-not-nullable.js';
import responsePropertyBecameNullable from './response-property-became-nullable.js';
import responsePropertyBecameOptional from './response-property-became-optional.js';
import responsePropertyBecameRequired from './response-property-became-required.js';
import responsePropertyBecameWriteOnly from './response-property-became-write-only.js';
import responsePropertyDeprecated from './response-property-deprecated.js';
import responsePropertyDiscriminatorChanged from './response-property-discriminator-changed.js';
import responsePropertyEnumAdded from './response-property-enum-added.js';
import responsePropertyEnumRemoved from './response-property-enum-removed.js';
import responsePropertyEnumValueAdded from './response-property-enum-value-added.js';
import responsePropertyEnumValueRemoved from './response-property-enum-value-removed.js';
import responsePropertyFormatChanged from './response-property-format-changed.js';
import responsePropertyFormatSpecialized from './response-property-format-specialized.js';
import responsePropertyMaxDecreased from './response-property-max-decreased.js';
import responsePropertyMaxIncreased from './response-property-max-increased.js';
import responsePropertyMaxItemsIncreased from './response-property-max-items-increased.js';
import responsePropertyMaxLengthDecreased from './response-property-max-length-decreased.js';
import responsePropertyMaxLengthIncreased from './response-property-max-length-increased.js';
import responsePropertyMinDecreased from './response-property-min-decreased.js';
import responsePropertyMinItemsDecreased from './response-property-min-items-decreased.js';
import responsePropertyMinLengthDecreased from './response-property-min-length-decreased.js';
import responsePropertyOneOfAdded from './response-property-one-of-added.js';
import responsePropertyOneOfRemoved from './response-property-one-of-removed.js';
import responsePropertyPatternChanged from './response-property-pattern-changed.js';
import responsePropertyTypeChanged from './response-property-type-changed.js';
import responsePropertyTypeSpecialized from './response-property-type-specialized.js';
import responsePropertyUniqueItemsRemoved from './response-property-unique-items-removed.js';
import responseRequiredHeaderRemoved from './response-required-header-removed.js';
import responseRequiredPropertyRemoved from './response-required-property-removed.js';
import responseSuccessStatusAdded from './response-success-status-added.js';
import responseSuccessStatusRemoved from './response-success-status-removed.js';
import securitySchemeAdded from './security-scheme-added.js';
import securitySchemeChanged from './security-scheme-changed.js';
import securitySchemeRemoved from './security-scheme-removed.js';
import serverAdded from './server-added.js';
import serverAddressChanged from './server-address-changed.js';
import serverRemoved from './server-removed.js';
import snsTopicChanged from './sns-topic-changed.js';
import sqsQueueChanged from './sqs-queue-changed.js';
import wsMethodChanged from './ws-method-changed.js';

/** Every check, sorted by id. */
export const CHECKS: readonly AnyCheck[] = [
  amqpChannelTypeChanged,
  amqpDeliveryBecameTransient,
  amqpExchangeChanged,
  amqpQueueChanged,
  amqpRoutingKeyRemoved,
  anypointmqDestinationChanged,
  apiAdded,
  apiDeprecated,
  apiMadePublic,
  apiOperationIdChanged,
  apiReactivated,
  apiRemoved,
  apiSecurityAdded,
  apiSecurityAlternativeAdded,
  apiSecurityRemoved,
  apiSecurityScopeAdded,
  apiSecurityScopeRemoved,
  apiStabilityDecreased,
  apiStabilityIncreased,
  apiSunsetChanged,
  apiSunsetShortened,
  apiTagAdded,
  apiTagRemoved,
  avroEnumSymbolAdded,
  avroEnumSymbolRemoved,
  avroFieldAddedWithoutDefault,
  avroFieldRemovedWithoutDefault,
  avroFieldTypeChanged,
  bindingVersionChanged,
  channelAdded,
  channelAddressChanged,
  channelRemoved,
  consumedMessageAdded,
  consumedMessageContentTypeChanged,
  consumedMessageEnumValueRemoved,
  consumedMessagePropertyBecameRequired,
  consumedMessageRemoved,
  consumedMessageRequiredPropertyAdded,
  consumedMessageTypeChanged,
  eventOperationAdded,
  eventOperationRemoved,
  httpMethodChanged,
  httpStatusCodeChanged,
  ibmmqDestinationChanged,
  jmsDestinationChanged,
  kafkaPartitionsChanged,
  kafkaReplicasChanged,
  kafkaSchemaRegistryChanged,
  kafkaTopicChanged,
  kafkaTopicConfigurationChanged,
  messageSchemaFormatChanged,
  mqttLastWillTopicChanged,
  mqttQosDecreased,
  mqttResponseTopicChanged,
  mqttRetainRemoved,
  natsQueueChanged,
  publishedMessageAdded,
  publishedMessageBecameNullable,
  publishedMessageContentTypeChanged,
  publishedMessageEnumValueAdded,
  publishedMessagePropertyAdded,
  publishedMessagePropertyBecameOptional,
  publishedMessagePropertyRemoved,
  publishedMessageRemoved,
  publishedMessageTypeChanged,
  pulsarTopicChanged,
  requestBodyBecameOptional,
  requestBodyBecameRequired,
  requestBodyMediaTypeAdded,
  requestBodyMediaTypeRemoved,
  requestBodyRemoved,
  requestOptionalBodyAdded,
  requestOptionalParameterAdded,
  requestOptionalPropertyAdded,
  requestParameterBecameOptional,
  requestParameterBecameRequired,
  requestParameterDefaultValueChanged,
  requestParameterDeprecated,
  requestParameterEnumAdded,
  requestParameterEnumRemoved,
  requestParameterEnumValueAdded,
  requestParameterEnumValueRemoved,
  requestParameterFormatChanged,
  requestParameterFormatGeneralized,
  requestParameterLocationChanged,
  requestParameterMaxDecreased,
  requestParameterMaxIncreased,
  requestParameterMaxItemsDecreased,
  requestParameterMaxLengthDecreased,
  requestParameterMaxLengthIncreased,
  requestParameterMinDecreased,
  requestParameterMinIncreased,
  requestParameterMinItemsIncreased,
  requestParameterMinLengthDecreased,
  requestParameterMinLengthIncreased,
  requestParameterPatternAdded,
  requestParameterPatternChanged,
  requestParameterPatternRemoved,
  requestParameterReactivated,
  requestParameterRemoved,
  requestParameterStyleChanged,
  requestParameterTypeChanged,
  requestParameterTypeGeneralized,
  requestPathParameterRenamed,
  requestPropertyAdditionalPropertiesAllowed,
  requestPropertyAdditionalPropertiesRestricted,
  requestPropertyBecameNotNullable,
  requestPropertyBecameNullable,
  requestPropertyBecameOptional,
  requestPropertyBecameReadOnly,
  requestPropertyBecameRequired,
  requestPropertyDefaultValueChanged,
  requestPropertyDeprecated,
  requestPropertyDiscriminatorChanged,
  requestPropertyEnumAdded,
  requestPropertyEnumRemoved,
  requestPropertyEnumValueAdded,
  requestPropertyEnumValueRemoved,
  requestPropertyFormatChanged,
  requestPropertyFormatGeneralized,
  requestPropertyMaxDecreased,
  requestPropertyMaxIncreased,
  requestPropertyMaxItemsDecreased,
  requestPropertyMaxItemsIncreased,
  requestPropertyMaxLengthDecreased,
  requestPropertyMaxLengthIncreased,
  requestPropertyMinDecreased,
  requestPropertyMinIncreased,
  requestPropertyMinItemsIncreased,
  requestPropertyMinLengthDecreased,
  requestPropertyMinLengthIncreased,
  requestPropertyOneOfAdded,
  requestPropertyOneOfRemoved,
  requestPropertyPatternAdded,
  requestPropertyPatternChanged,
  requestPropertyPatternRemoved,
  requestPropertyRemoved,
  requestPropertyTypeChanged,
  requestPropertyTypeGeneralized,
  requestPropertyUniqueItemsAdded,
  requestRequiredBodyAdded,
  requestRequiredParameterAdded,
  requestRequiredPropertyAdded,
  responseClosedEnumValueAdded,
  responseHeaderAdded,
  responseHeaderBecameOptional,
  responseHeaderEnumValueAdded,
  responseHeaderTypeChanged,
  responseMediaTypeAdded,
  responseMediaTypeRemoved,
  responseNonSuccessStatusAdded,
  responseNonSuccessStatusRemoved,
  responseOptionalHeaderRemoved,
  responseOptionalPropertyRemoved,
  responsePropertyAdded,
  responsePropertyAdditionalPropertiesAllowed,
  responsePropertyBecameNotNullable,
  responsePropertyBecameNullable,
  responsePropertyBecameOptional,
  responsePropertyBecameRequired,
  responsePropertyBecameWriteOnly,
  responsePropertyDeprecated,
  responsePropertyDiscriminatorChanged,
  responsePropertyEnumAdded,
  responsePropertyEnumRemoved,
  responsePropertyEnumValueAdded,
  responsePropertyEnumValueRemoved,
  responsePropertyFormatChanged,
  responsePropertyFormatSpecialized,
  responsePropertyMaxDecreased,
  responsePropertyMaxIncreased,
  responsePropertyMaxItemsIncreased,
  responsePropertyMaxLengthDecreased,
  responsePropertyMaxLengthIncreased,
  responsePropertyMinDecreased,
  responsePropertyMinItemsDecreased,
  responsePropertyMinLengthDecreased,
  responsePropertyOneOfAdded,
  responsePropertyOneOfRemoved,
  responsePropertyPatternChanged,
  responsePropertyTypeChanged,
  responsePropertyTypeSpecialized,
  responsePropertyUniqueItemsRemoved,
  responseRequiredHeaderRemoved,
  responseRequiredPropertyRemoved,
  responseSuccessStatusAdded,
  responseSuccessStatusRemoved,
  securitySchemeAdded,
  securitySchemeChanged,
  securitySchemeRemoved,
  serverAdded,
  serverAddressChanged,
  serverRemoved,
  snsTopicChanged,
  sqsQueueChanged,
  wsMethodChanged,
];
