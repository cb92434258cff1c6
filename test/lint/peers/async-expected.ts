/** Pinned findings of the AsyncAPI peer rules' bad and good examples (`ruleId@pointer line:col message {data}`); test/lint/rules/pinned.test.ts checks them. */
export const ASYNC_PEER_EXPECTED: Record<string, string[]> = {
  'asyncapi-channel-no-empty-parameter bad example': [
    'asyncapi-channel-no-empty-parameter@/channels/orders/address 5:14 channel orders has an empty parameter {} in its address orders.{}.placed {"address":"orders.{}.placed"}',
  ],
  'asyncapi-channel-no-empty-parameter good example': [],
  'asyncapi-channel-no-query-nor-fragment bad example': [
    'asyncapi-channel-no-query-nor-fragment@/channels/orders?region=eu 4:3 channel orders?region=eu has a query delimiter "?" in its address orders?region=eu {"address":"orders?region=eu","delimiter":"?"}',
  ],
  'asyncapi-channel-no-query-nor-fragment good example': [],
  'asyncapi-channel-no-trailing-slash bad example': [
    'asyncapi-channel-no-trailing-slash@/channels/orders/address 5:14 channel orders has a trailing slash in its address orders/placed/ {"address":"orders/placed/"}',
  ],
  'asyncapi-channel-no-trailing-slash good example': [],
  'asyncapi-channel-servers bad example': [
    'asyncapi-channel-servers@/channels/orders/servers/0 7:15 channel orders names server "staging", which servers does not define {"server":"staging"}',
  ],
  'asyncapi-channel-servers good example': [],
  'asyncapi-channels-kebab-case bad example': [
    'asyncapi-channels-kebab-case@/channels/orders/address 5:14 channel address orders.order_placed is not kebab-case: order_placed {"address":"orders.order_placed","segment":"order_placed"}',
  ],
  'asyncapi-channels-kebab-case good example': [],
  'asyncapi-headers-schema-type-object bad example': [
    'asyncapi-headers-schema-type-object@/components/messages/placed/headers 6:16 the headers schema has type "string"; headers must be type object {"type":"string"}',
  ],
  'asyncapi-headers-schema-type-object good example': [],
  'asyncapi-info-contact bad example': ['asyncapi-info-contact@/info 2:7 the document names no contact'],
  'asyncapi-info-contact good example': [],
  'asyncapi-info-contact-properties bad example': [
    'asyncapi-info-contact-properties@/info/contact 2:35 the contact has no url, email {"missing":["url","email"]}',
  ],
  'asyncapi-info-contact-properties good example': [],
  'asyncapi-info-description bad example': ['asyncapi-info-description@/info 2:1 the document has no info.description'],
  'asyncapi-info-description good example': [],
  'asyncapi-info-license bad example': ['asyncapi-info-license@/info 2:1 the document has no info.license'],
  'asyncapi-info-license good example': [],
  'asyncapi-info-license-url bad example': ['asyncapi-info-license-url@/info/license 2:35 the document’s licence has no url'],
  'asyncapi-info-license-url good example': [],
  'asyncapi-latest-version bad example': [
    'asyncapi-latest-version@/asyncapi 1:11 the document uses AsyncAPI 2.6.0; the latest version is 3.1.0 {"version":"2.6.0","latest":"3.1.0"}',
  ],
  'asyncapi-latest-version good example': [],
  'asyncapi-operation-description bad example': [
    'asyncapi-operation-description@/channels/orders/subscribe 5:5 operation onOrder has no description {"operation":"onOrder"}',
  ],
  'asyncapi-operation-description good example': [],
  'asyncapi-operation-security bad example': [
    'asyncapi-operation-security@/channels/orders/subscribe/security/0/oauth/0 6:28 operation send orders requires scope "orders:write" of security scheme "oauth", whose flows do not define it {"scheme":"oauth","scope":"orders:write","available":["orders:read"]}',
  ],
  'asyncapi-operation-security good example': [],
  'asyncapi-parameter-description bad example': [
    'asyncapi-parameter-description@/channels/orders/parameters/region 7:7 parameter region has no description {"parameter":"region"}',
  ],
  'asyncapi-parameter-description good example': [],
  'asyncapi-payload bad example': [
    'asyncapi-payload@/channels/orders/subscribe/message/payload/required 7:44 the payload of message subscribe orders is not a valid schema: /required must be array {"keyword":"type"}',
  ],
  'asyncapi-payload good example': [],
  'asyncapi-payload-default bad example': [
    'asyncapi-payload-default@/channels/orders/subscribe/message/payload/default 7:104 the default of the payload of message subscribe orders does not match it: /total must be integer {"keyword":"type","path":"/total"}',
  ],
  'asyncapi-payload-default good example': [],
  'asyncapi-payload-examples bad example': [
    'asyncapi-payload-examples@/channels/orders/subscribe/message/payload/examples/1 7:121 the example 1 of the payload of message subscribe orders does not match it: /total must be integer {"keyword":"type","path":"/total"}',
  ],
  'asyncapi-payload-examples good example': [],
  'asyncapi-payload-unsupported-schema-format bad example': [
    'asyncapi-payload-unsupported-schema-format@/components/messages/placed/payload/schemaFormat 7:23 message placed payload has schemaFormat application/vnd.apache.avro;version=1.9.0; it is not validated as the default schema {"schemaFormat":"application/vnd.apache.avro;version=1.9.0"}',
  ],
  'asyncapi-payload-unsupported-schema-format good example': [],
  'asyncapi-schema bad example': [
    'asyncapi-schema@/channels/orders/mesages 6:5 /channels/orders: property "mesages" is not expected here {"keyword":"additionalProperties"}',
  ],
  'asyncapi-schema good example': [],
  'asyncapi-schema-default bad example': [
    'asyncapi-schema-default@/components/schemas/Region/default 5:54 the default of schema Region does not match it: must be one of "eu", "us" {"keyword":"enum","path":""}',
  ],
  'asyncapi-schema-default good example': [],
  'asyncapi-schema-examples bad example': [
    'asyncapi-schema-examples@/components/schemas/Region/examples/1 5:60 the example 1 of schema Region does not match it: must be one of "eu", "us" {"keyword":"enum","path":""}',
  ],
  'asyncapi-schema-examples good example': [],
  'asyncapi-server-no-empty-variable bad example': [
    'asyncapi-server-no-empty-variable@/servers/prod/host 4:17 server prod has an empty variable {} in its host kafka.example.com:{} {"field":"host","value":"kafka.example.com:{}"}',
  ],
  'asyncapi-server-no-empty-variable good example': [],
  'asyncapi-server-no-trailing-slash bad example': [
    'asyncapi-server-no-trailing-slash@/servers/prod/url 4:16 server prod has a trailing slash in its url wss://ws.example.com/ {"field":"url","value":"wss://ws.example.com/"}',
  ],
  'asyncapi-server-no-trailing-slash good example': [],
  'asyncapi-server-not-example-com bad example': [
    'asyncapi-server-not-example-com@/servers/prod/host 4:17 server prod points at example.com: kafka.example.com:9092 {"field":"host","value":"kafka.example.com:9092"}',
  ],
  'asyncapi-server-not-example-com good example': [],
  'asyncapi-server-security bad example': [
    'asyncapi-server-security@/components/securitySchemes/oauth/scopes/0 10:37 security scheme "oauth" lists scope "orders:write", which its flows do not define {"scheme":"oauth","scope":"orders:write","available":["orders:read"]}',
  ],
  'asyncapi-server-security good example': [],
  'asyncapi-server-variables bad example': [
    'asyncapi-server-variables@/servers/prod/variables 7:5 server prod uses {port} but does not define it under variables {"missing":["port"]}',
    'asyncapi-server-variables@/servers/prod/variables/region/default 8:42 server prod variable region defaults to "ap", which is not in its enum {"variable":"region","default":"ap"}',
  ],
  'asyncapi-server-variables good example': [],
  'asyncapi-servers bad example': ['asyncapi-servers@/servers 3:1 the document’s servers object is empty or not an object'],
  'asyncapi-servers good example': [],
  'asyncapi-tag-description bad example': ['asyncapi-tag-description@/info/tags/0 2:42 tag orders has no description {"tag":"orders"}'],
  'asyncapi-tag-description good example': [],
  'asyncapi-tags bad example': ['asyncapi-tags@/info 2:1 the document has no info.tags'],
  'asyncapi-tags good example': [],
  'asyncapi-tags-alphabetical bad example': [
    'asyncapi-tags-alphabetical@/info/tags/0 2:42 tag payments is listed before orders; tags are not in alphabetical order {"tag":"payments","next":"orders"}',
  ],
  'asyncapi-tags-alphabetical good example': [],
  'asyncapi-tags-uniqueness bad example': ['asyncapi-tags-uniqueness@/info/tags/1/name 2:68 tag orders is listed twice {"tag":"orders"}'],
  'asyncapi-tags-uniqueness good example': [],
  'asyncapi-unused-components-schema bad example': [
    'asyncapi-unused-components-schema@/components/schemas/Order 5:5 components.schemas.Order is not referenced anywhere {"component":"Order"}',
  ],
  'asyncapi-unused-components-schema good example': [],
  'asyncapi-unused-components-server bad example': [
    'asyncapi-unused-components-server@/components/servers/prod 5:5 components.servers.prod is not referenced anywhere {"component":"prod"}',
  ],
  'asyncapi-unused-components-server good example': [],
};
