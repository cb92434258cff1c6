/** Pinned findings of ASYNC_CASES (`ruleId@pointer line:col message {data}`); regenerate only with a reason. */
export const ASYNC_CASE_EXPECTED: Record<string, string[]> = {
  'asyncapi-channel-no-empty-parameter 2.x channel key': [
    'asyncapi-channel-no-empty-parameter@/channels/orders~1{} 4:3 channel orders/{} has an empty parameter {} in its address orders/{} {"address":"orders/{}"}',
  ],
  'asyncapi-channel-no-query-nor-fragment 3.0 fragment': [
    'asyncapi-channel-no-query-nor-fragment@/channels/orders/address 5:14 channel orders has a fragment delimiter "#" in its address orders#eu {"address":"orders#eu","delimiter":"#"}',
  ],
  'asyncapi-channel-no-trailing-slash 2.x channel key': [
    'asyncapi-channel-no-trailing-slash@/channels/orders~1 4:3 channel orders/ has a trailing slash in its address orders/ {"address":"orders/"}',
  ],
  'asyncapi-channel-no-trailing-slash an address that is only a slash': [],
  'asyncapi-channel-servers 3.0 ref into components.servers': [
    'asyncapi-channel-servers@/channels/orders/servers/0/$ref 8:23 channel orders refers to #/components/servers/prod, which is not one of the document\'s servers (#/servers/…) {"ref":"#/components/servers/prod"}',
  ],
  'asyncapi-channel-servers 3.0 ref to a document server': [],
  'asyncapi-channels-kebab-case 2.x key with capitals': [
    'asyncapi-channels-kebab-case@/channels/Orders~1{orderId} 4:3 channel address Orders/{orderId} is not kebab-case: Orders {"address":"Orders/{orderId}","segment":"Orders"}',
  ],
  'asyncapi-channels-kebab-case 2.x key with a parameter': [],
  'asyncapi-headers-schema-type-object 2.x headers from a trait, no type': [
    'asyncapi-headers-schema-type-object@/components/messageTraits/common/headers 12:16 the headers schema has no type; headers must be type object {"type":null}',
  ],
  'asyncapi-headers-schema-type-object 3.0 an unused trait in components': [
    'asyncapi-headers-schema-type-object@/components/messageTraits/common/headers 6:16 the headers schema has type "array"; headers must be type object {"type":"array"}',
  ],
  'asyncapi-info-contact 2.x empty contact': ['asyncapi-info-contact@/info/contact 2:44 the document names no contact'],
  'asyncapi-info-contact 2.x contact with only a url': [],
  'asyncapi-info-contact-properties 2.x contact without email and url': [
    'asyncapi-info-contact-properties@/info/contact 5:3 the contact has no url, email {"missing":["url","email"]}',
  ],
  'asyncapi-info-description 2.x empty description': ['asyncapi-info-description@/info 2:1 the document has no info.description'],
  'asyncapi-info-license 2.x': ['asyncapi-info-license@/info 2:1 the document has no info.license'],
  'asyncapi-info-license-url 2.x without a licence': ['asyncapi-info-license-url@/info 2:1 the document’s licence has no url'],
  'asyncapi-latest-version 3.0.0 is not the latest': [
    'asyncapi-latest-version@/asyncapi 1:11 the document uses AsyncAPI 3.0.0; the latest version is 3.1.0 {"version":"3.0.0","latest":"3.1.0"}',
  ],
  'asyncapi-operation-description 3.0 without': [
    'asyncapi-operation-description@/operations/onOrder 6:3 operation onOrder has no description {"operation":"onOrder"}',
  ],
  'asyncapi-operation-description 3.0 from a trait': [],
  'asyncapi-operation-security 2.x undefined scheme': [
    'asyncapi-operation-security@/channels/orders/publish/security/0/apiKey 6:20 operation receive orders requires security scheme "apiKey", which components.securitySchemes does not define {"scheme":"apiKey"}',
  ],
  'asyncapi-operation-security 3.0 scheme scope not available': [
    'asyncapi-operation-security@/components/securitySchemes/oauth/scopes/0 12:37 security scheme "oauth" lists scope "orders:write", which its flows do not define {"scheme":"oauth","scope":"orders:write","available":["orders:read"]}',
  ],
  'asyncapi-parameter-description 2.x in components': [
    'asyncapi-parameter-description@/components/parameters/region 6:5 parameter region has no description {"parameter":"region"}',
  ],
  'asyncapi-parameter-description a channel parameter from components is judged once, there': [
    'asyncapi-parameter-description@/components/parameters/region 9:5 parameter region has no description {"parameter":"region"}',
  ],
  'asyncapi-payload 3.0 unknown type': [
    'asyncapi-payload@/components/messages/placed/payload/type 6:24 the payload of message placed is not a valid schema: /type must be one of "array", "boolean", "integer", "null", "number", "object", "string" {"keyword":"enum"}',
  ],
  'asyncapi-payload 3.0 Avro payload is not judged': [],
  'asyncapi-payload-default 3.0': [
    'asyncapi-payload-default@/components/messages/placed/payload/default 6:92 the default of the payload of message placed does not match it: /n must be <= 10 {"keyword":"maximum","path":"/n"}',
  ],
  'asyncapi-payload-examples 3.0': [
    'asyncapi-payload-examples@/components/messages/placed/payload/examples/1 6:86 the example 1 of the payload of message placed does not match it: must match format "date-time" {"keyword":"format","path":""}',
  ],
  'asyncapi-payload-unsupported-schema-format 2.x on the message': [
    'asyncapi-payload-unsupported-schema-format@/components/messages/placed/schemaFormat 7:21 message placed payload has schemaFormat application/vnd.apache.avro;version=1.9.0; it is not validated as the default schema {"schemaFormat":"application/vnd.apache.avro;version=1.9.0"}',
  ],
  'asyncapi-schema 2.x missing version, misspelt operation': [
    'asyncapi-schema@/info 2:7 /info: must have required property "version" {"keyword":"required"}',
    'asyncapi-schema@/channels/orders/subscibe 5:5 /channels/orders: property "subscibe" is not expected here {"keyword":"additionalProperties"}',
  ],
  'asyncapi-schema 3.0 wrong action and a $ref where none is allowed': [
    'asyncapi-schema@/info/contact/$ref 2:46 /info/contact: a $ref is not allowed here {"keyword":"additionalProperties"}',
    'asyncapi-schema@/operations/onOrder/action 8:13 /operations/onOrder/action: must be one of "send", "receive" {"keyword":"enum"}',
  ],
  'asyncapi-schema 2.1 parameter by $ref is valid': [],
  'asyncapi-schema-default 2.x channel parameter schema': [
    'asyncapi-schema-default@/channels/orders~1{region}/parameters/region/schema/default 6:88 the default of the schema of parameter region does not match it: must be one of "eu", "us" {"keyword":"enum","path":""}',
  ],
  'asyncapi-schema-examples 2.x number out of range': [
    'asyncapi-schema-examples@/components/schemas/Count/examples/0 6:52 the example 0 of schema Count does not match it: must be >= 1 {"keyword":"minimum","path":""}',
  ],
  'asyncapi-schema-examples draft-07 exclusiveMinimum is a number': [],
  'asyncapi-server-no-empty-variable 2.x url': [
    'asyncapi-server-no-empty-variable@/servers/prod/url 4:16 server prod has an empty variable {} in its url mqtt://broker.example.com:{} {"field":"url","value":"mqtt://broker.example.com:{}"}',
  ],
  'asyncapi-server-no-trailing-slash 3.0 host': [
    'asyncapi-server-no-trailing-slash@/servers/prod/host 4:17 server prod has a trailing slash in its host ws.example.com/ {"field":"host","value":"ws.example.com/"}',
  ],
  'asyncapi-server-not-example-com 2.x url': [
    'asyncapi-server-not-example-com@/servers/prod/url 4:16 server prod points at example.com: mqtt://example.com {"field":"url","value":"mqtt://example.com"}',
  ],
  'asyncapi-server-security 2.x undefined scheme': [
    'asyncapi-server-security@/servers/prod/security/0/userPassword 4:70 server prod requires security scheme "userPassword", which components.securitySchemes does not define {"scheme":"userPassword"}',
  ],
  'asyncapi-server-variables 3.0 undefined and unused variables': [
    'asyncapi-server-variables@/servers/prod/variables 8:5 server prod uses {tenant} but does not define it under variables {"missing":["tenant"]}',
    'asyncapi-server-variables@/servers/prod/variables/zone 10:7 server prod defines variable zone, which its address does not use {"variable":"zone"}',
  ],
  'asyncapi-server-variables 3.0 every variable defined and used': [],
  'asyncapi-server-variables 3.0 a reusable server is judged once, under components': [
    'asyncapi-server-variables@/components/servers/prod 7:5 server prod uses {region} but does not define it under variables {"missing":["region"]}',
    'asyncapi-server-variables@/components/servers/spare 8:5 server spare uses {zone} but does not define it under variables {"missing":["zone"]}',
  ],
  'asyncapi-servers 2.x without servers': ['asyncapi-servers@ 1:1 the document has no servers'],
  'asyncapi-tag-description 2.x': ['asyncapi-tag-description@/tags/1 3:48 tag payments has no description {"tag":"payments"}'],
  'asyncapi-tags-alphabetical 2.x third out of order': [
    'asyncapi-tags-alphabetical@/tags/1 3:21 tag c is listed before b; tags are not in alphabetical order {"tag":"c","next":"b"}',
  ],
  'asyncapi-tags-uniqueness 2.x operation and message trait': [
    'asyncapi-tags-uniqueness@/channels/orders/subscribe/tags/2/name 6:48 tag a is listed twice {"tag":"a"}',
    'asyncapi-tags-uniqueness@/channels/orders/subscribe/message/traits/0/tags/1/name 8:48 tag x is listed twice {"tag":"x"}',
  ],
  'asyncapi-tags-uniqueness one name in two lists is no duplicate': [],
  'asyncapi-tags 2.x empty list': ['asyncapi-tags@/tags 3:1 the document has no tags'],
  'asyncapi-unused-components-schema 2.x': [
    'asyncapi-unused-components-schema@/components/schemas/A 6:5 components.schemas.A is not referenced anywhere {"component":"A"}',
  ],
  'asyncapi-unused-components-server 2.x referenced from servers': [
    'asyncapi-unused-components-server@/components/servers/old 9:5 components.servers.old is not referenced anywhere {"component":"old"}',
  ],
};
