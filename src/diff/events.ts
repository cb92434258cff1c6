/**
 * The typed change events the comparer emits, once per difference. Checks subscribe to one
 * event type and decide from its direction and area what the difference means.
 */

/** Which way the changed data flows: into the server (request) or back to the client (response). */
export type Direction = 'request' | 'response';

export type Area =
  | 'operation'
  | 'path-parameter'
  | 'query-parameter'
  | 'header-parameter'
  | 'cookie-parameter'
  | 'request-body'
  | 'response-body'
  | 'response-header'
  | 'security'
  | 'server'
  | 'channel'
  | 'event-operation'
  | 'message'
  | 'message-payload'
  | 'message-header'
  /** A message's key (Kafka binding `key`): it travels with the message, in the message's direction. */
  | 'message-key'
  /** A protocol binding's own settings (Kafka `groupId`, ...), compared as a parameter. */
  | 'binding';

export interface EventContext {
  direction: Direction | null;
  area: Area;
  /** "GET /pets/{id}" (the revision's path template, or the base's when the path is gone). */
  operation: string | null;
  /**
   * Every operation the same change reaches: a change in a shared schema is one event, not one
   * per operation that uses the schema (`operation` is the one with the shortest path to it).
   */
  operations?: string[];
  /**
   * With `operations`, for response changes: each operation with the status (or `default`) it
   * reaches the change through ("GET /pets 200"); `status` is only the naming usage's.
   */
  via?: string[];
  /** Logical JSON pointers (as if `$ref`s were inlined): the node in each document, or its nearest parent. */
  base: string;
  revision: string;
  parameter?: { in: string; name: string };
  status?: string;
  mediaType?: string;
  header?: string;
  /** AsyncAPI: the message (its messageId, name or key) the change is in. */
  messageName?: string;
  /** The change is inside a union branch that is new (`X` → `oneOf [X, Y]`): the branch's name, else `oneOf[1]`. */
  newBranch?: string;
  /** Path of the changed schema inside its body, parameter or header ("owner.login", "items[]"); "" at the root. */
  property?: string;
  /** The changed element, or its operation, was deprecated in the base. */
  deprecated: boolean;
  /** The base's `x-sunset` date (YYYY-MM-DD) of the element or its operation. */
  sunset?: string;
  /** The operation's `x-stability-level` (base first, else revision). */
  stability?: string;
}

type Bound = { from?: number; to?: number; narrowed: boolean };
type Flag = { from: boolean; to: boolean };
type Shape = 'any' | 'schema' | 'none';

/** The payload of each event type, beside its context. */
export interface EventPayloads {
  OperationRemoved: {};
  OperationAdded: {};
  OperationIdChanged: { from: string; to: string };
  TagAdded: { tag: string };
  TagRemoved: { tag: string };
  DeprecationAdded: {};
  DeprecationRemoved: {};
  SunsetChanged: { from?: string; to?: string };
  StabilityChanged: { from?: string; to?: string };
  ParameterAdded: { required: boolean };
  ParameterRemoved: { required: boolean };
  ParameterRequiredChanged: Flag;
  ParameterRenamed: { from: string; to: string };
  ParameterStyleChanged: { from: string; to: string };
  ParameterLocationChanged: { from: string; to: string };
  RequestBodyAdded: { required: boolean };
  RequestBodyRemoved: { required: boolean };
  RequestBodyRequiredChanged: Flag;
  MediaTypeAdded: {};
  MediaTypeRemoved: {};
  ResponseStatusAdded: {};
  ResponseStatusRemoved: {};
  HeaderAdded: { required: boolean };
  HeaderRemoved: { required: boolean };
  HeaderRequiredChanged: Flag;
  PropertyAdded: { name: string; required: boolean };
  PropertyRemoved: { name: string; required: boolean };
  RequiredAdded: { name: string };
  RequiredRemoved: { name: string };
  /** `closed`: the schema or the document declares its enums complete (`x-extensible-enum: false`). */
  EnumValueAdded: { value: unknown; closed: boolean };
  EnumValueRemoved: { value: unknown };
  EnumConstraintAdded: { values: unknown[] };
  EnumConstraintRemoved: { values: unknown[] };
  TypeChanged: { from: string[]; to: string[]; widened: boolean; narrowed: boolean };
  FormatChanged: { from?: string; to?: string; widened: boolean; narrowed: boolean };
  MaxLengthChanged: Bound;
  MinLengthChanged: Bound;
  MaximumChanged: Bound & { exclusive: Flag };
  MinimumChanged: Bound & { exclusive: Flag };
  MaxItemsChanged: Bound;
  MinItemsChanged: Bound;
  PatternChanged: { from?: string; to?: string };
  UniqueItemsChanged: Flag;
  NullableChanged: Flag;
  ReadOnlyChanged: { name: string } & Flag;
  WriteOnlyChanged: { name: string } & Flag;
  DefaultChanged: { from?: unknown; to?: unknown };
  AdditionalPropertiesChanged: { from: Shape; to: Shape };
  OneOfBranchAdded: { keyword: 'oneOf' | 'anyOf'; branch: string };
  OneOfBranchRemoved: { keyword: 'oneOf' | 'anyOf'; branch: string };
  DiscriminatorChanged: { from?: string; to?: string };
  /** `requirement` names the schemes of one alternative ("a + b"); "" is anonymous access. */
  SecurityRequirementAdded: { requirement: string; wasPublic: boolean; nowPublic: boolean };
  SecurityRequirementRemoved: { requirement: string; wasPublic: boolean; nowPublic: boolean };
  ScopeAdded: { scheme: string; scope: string };
  ScopeRemoved: { scheme: string; scope: string };
  SecuritySchemeAdded: { scheme: string };
  SecuritySchemeRemoved: { scheme: string };
  SecuritySchemeChanged: { scheme: string; field: string; from?: string; to?: string };
  ServerAdded: { url: string };
  ServerRemoved: { url: string };
  ChannelAdded: { address: string };
  ChannelRemoved: { address: string };
  EventOperationAdded: { action: 'send' | 'receive' };
  EventOperationRemoved: { action: 'send' | 'receive' };
  MessageAdded: {};
  MessageRemoved: {};
  MessageFormatChanged: { from: string; to: string };
  /** The message's `contentType`, else the document's `defaultContentType` it inherits. */
  ContentTypeChanged: { from?: string; to?: string };
  /** A server kept its name but not its address: `field` is host, pathname, protocol or url. */
  ServerChanged: { server: string; field: string; from?: string; to?: string };
  ChannelAddressChanged: { channel: string; from: string; to: string };
  /**
   * A protocol binding's value changed: `binding` is the protocol key (kafka, amqp, ...), `field`
   * the dotted path inside it (exchange.name), `owner` what holds it (channel "orders").
   */
  BindingChanged: { binding: string; field: string; owner: string; from?: unknown; to?: unknown };
  AvroFieldAdded: AvroVerdict & { name: string; hasDefault: boolean };
  AvroFieldRemoved: AvroVerdict & { name: string; hadDefault: boolean };
  AvroTypeChanged: AvroVerdict & { from: string; to: string };
  AvroSymbolAdded: AvroVerdict & { symbol: string };
  AvroSymbolRemoved: AvroVerdict & { symbol: string };
}

/**
 * An Avro change judged as Confluent Schema Registry does: BACKWARD means readers of the new
 * schema can read data written with the old one, FORWARD the reverse, FULL both. `mode` is
 * the one that applies (the message's `x-compatibility`, else from the role: a message the
 * service sends needs FORWARD, one it receives BACKWARD, both FULL); `breaks` says whether this
 * change violates it.
 */
export interface AvroVerdict {
  mode: AvroMode;
  backward: boolean;
  forward: boolean;
  breaks: boolean;
}

export type AvroMode = 'BACKWARD' | 'FORWARD' | 'FULL' | 'NONE';

export type EventType = keyof EventPayloads;

/** Every event type, listed in a Record so the compiler fails when one is missing (the meta-test needs all). */
const ALL_EVENTS: Record<EventType, true> = {
  OperationRemoved: true,
  OperationAdded: true,
  OperationIdChanged: true,
  TagAdded: true,
  TagRemoved: true,
  DeprecationAdded: true,
  DeprecationRemoved: true,
  SunsetChanged: true,
  StabilityChanged: true,
  ParameterAdded: true,
  ParameterRemoved: true,
  ParameterRequiredChanged: true,
  ParameterRenamed: true,
  ParameterStyleChanged: true,
  ParameterLocationChanged: true,
  RequestBodyAdded: true,
  RequestBodyRemoved: true,
  RequestBodyRequiredChanged: true,
  MediaTypeAdded: true,
  MediaTypeRemoved: true,
  ResponseStatusAdded: true,
  ResponseStatusRemoved: true,
  HeaderAdded: true,
  HeaderRemoved: true,
  HeaderRequiredChanged: true,
  PropertyAdded: true,
  PropertyRemoved: true,
  RequiredAdded: true,
  RequiredRemoved: true,
  EnumValueAdded: true,
  EnumValueRemoved: true,
  EnumConstraintAdded: true,
  EnumConstraintRemoved: true,
  TypeChanged: true,
  FormatChanged: true,
  MaxLengthChanged: true,
  MinLengthChanged: true,
  MaximumChanged: true,
  MinimumChanged: true,
  MaxItemsChanged: true,
  MinItemsChanged: true,
  PatternChanged: true,
  UniqueItemsChanged: true,
  NullableChanged: true,
  ReadOnlyChanged: true,
  WriteOnlyChanged: true,
  DefaultChanged: true,
  AdditionalPropertiesChanged: true,
  OneOfBranchAdded: true,
  OneOfBranchRemoved: true,
  DiscriminatorChanged: true,
  SecurityRequirementAdded: true,
  SecurityRequirementRemoved: true,
  ScopeAdded: true,
  ScopeRemoved: true,
  SecuritySchemeAdded: true,
  SecuritySchemeRemoved: true,
  SecuritySchemeChanged: true,
  ServerAdded: true,
  ServerRemoved: true,
  ChannelAdded: true,
  ChannelRemoved: true,
  EventOperationAdded: true,
  EventOperationRemoved: true,
  MessageAdded: true,
  MessageRemoved: true,
  MessageFormatChanged: true,
  ContentTypeChanged: true,
  ServerChanged: true,
  ChannelAddressChanged: true,
  BindingChanged: true,
  AvroFieldAdded: true,
  AvroFieldRemoved: true,
  AvroTypeChanged: true,
  AvroSymbolAdded: true,
  AvroSymbolRemoved: true,
};

export const EVENT_TYPES = Object.keys(ALL_EVENTS) as EventType[];

/** One change event of type T: its context, its type tag and its payload. */
export type ChangeEvent<T extends EventType = EventType> = { [K in T]: EventContext & { type: K } & EventPayloads[K] }[T];

/** The payload of a schema-level change, before the comparer places it in a usage. */
export type SchemaEventType = Extract<
  EventType,
  | 'PropertyAdded'
  | 'PropertyRemoved'
  | 'RequiredAdded'
  | 'RequiredRemoved'
  | 'EnumValueAdded'
  | 'EnumValueRemoved'
  | 'EnumConstraintAdded'
  | 'EnumConstraintRemoved'
  | 'TypeChanged'
  | 'FormatChanged'
  | 'MaxLengthChanged'
  | 'MinLengthChanged'
  | 'MaximumChanged'
  | 'MinimumChanged'
  | 'MaxItemsChanged'
  | 'MinItemsChanged'
  | 'PatternChanged'
  | 'UniqueItemsChanged'
  | 'NullableChanged'
  | 'ReadOnlyChanged'
  | 'WriteOnlyChanged'
  | 'DefaultChanged'
  | 'AdditionalPropertiesChanged'
  | 'OneOfBranchAdded'
  | 'OneOfBranchRemoved'
  | 'DiscriminatorChanged'
  | 'DeprecationAdded'
  | 'DeprecationRemoved'
>;
