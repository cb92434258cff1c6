/** Pinned findings of the peer-equivalent OpenAPI rules per case (`ruleId@pointer line:col message {data}`); regenerate only with a reason. */
export const OAS_PEER_EXPECTED: Record<string, string[]> = {
  'api-servers an empty servers list': ['api-servers@/servers 3:1 the document declares no servers'],
  'api-servers bad example': ['api-servers@/openapi 1:1 the document declares no servers'],
  'api-servers good example': [],
  'api-servers swagger 2.0 with host and schemes': [],
  'api-servers swagger 2.0 without host and schemes': ['api-servers@/swagger 1:1 the document declares no host and no schemes {"missing":["host","schemes"]}'],
  'array-items bad example': ['array-items@/components/schemas/Tags 6:5 array schema has no items'],
  'array-items good example': [],
  'array-parameter-serialization bad example': [
    'array-parameter-serialization@/paths/~1a/get/parameters/0 4:29 array parameter "id" has no style and explode {"name":"id"}',
  ],
  'array-parameter-serialization good example': [],
  'array-parameter-serialization style without explode is not enough': [
    'array-parameter-serialization@/paths/~1a/get/parameters/0 4:29 array parameter "id" has no style and explode {"name":"id"}',
  ],
  'boolean-parameter-prefixes bad example': [
    'boolean-parameter-prefixes@/paths/~1a/get/parameters/0/name 4:37 boolean parameter "active" has no is or has prefix {"name":"active"}',
  ],
  'boolean-parameter-prefixes good example': [],
  'boolean-parameter-prefixes swagger 2.0 parameters; has_ is a prefix': [
    'boolean-parameter-prefixes@/paths/~1a/get/parameters/0/name 4:37 boolean parameter "deleted" has no is or has prefix {"name":"deleted"}',
  ],
  'component-name-valid bad example': [
    'component-name-valid@/components/schemas/Order Line 6:5 component name "Order Line" in schemas has characters outside [a-zA-Z0-9.-_] {"type":"schemas","name":"Order Line"}',
  ],
  'component-name-valid good example': [],
  'contact-properties bad example': ['contact-properties@/info/contact 2:35 the contact has no url, email {"missing":["url","email"]}'],
  'contact-properties good example': [],
  'discriminator-property-defined an undeclared discriminator property': [
    'discriminator-property-defined@/definitions/Pet/discriminator 5:39 discriminator "kind" is not a declared property {"property":"kind"}',
  ],
  'discriminator-property-defined bad example': [
    'discriminator-property-defined@/definitions/Pet/discriminator 5:39 discriminator "kind" is not required {"property":"kind"}',
  ],
  'discriminator-property-defined good example': [],
  'document-structure a $ref where the object is expected is left to its target': [],
  'document-structure bad example': [
    'document-structure@/paths/~1a/get/reponses 4:16 property "reponses" is not allowed here {"keyword":"unevaluatedProperties"}',
  ],
  'document-structure good example': [],
  'document-structure openapi 3.0 missing a required field': [
    'document-structure@/paths/~1a/get/responses/200 4:36 required property "description" is missing {"keyword":"required"}',
  ],
  'document-structure swagger 2.0 with a misplaced field': [
    'document-structure@/paths/~1a/get/requestBody 4:59 property "requestBody" is not allowed here {"keyword":"additionalProperties"}',
  ],
  'duplicated-entry-in-enum bad example': [
    'duplicated-entry-in-enum@/components/schemas/Status/enum/2 6:48 enum value "open" is already listed at enum[0] {"value":"open","first":0}',
  ],
  'duplicated-entry-in-enum equal objects are duplicates': [
    'duplicated-entry-in-enum@/components/schemas/P/enum/1 6:33 enum value {"b":2,"a":1} is already listed at enum[0] {"value":{"b":2,"a":1},"first":0}',
  ],
  'duplicated-entry-in-enum good example': [],
  'duplicated-entry-in-enum scalars equal only in value and type': [
    'duplicated-entry-in-enum@/components/schemas/P/enum/4 6:37 enum value 1 is already listed at enum[0] {"value":1,"first":0}',
    'duplicated-entry-in-enum@/components/schemas/P/enum/5 6:40 enum value "1" is already listed at enum[1] {"value":"1","first":1}',
    'duplicated-entry-in-enum@/components/schemas/P/enum/6 6:45 enum value null is already listed at enum[2] {"value":null,"first":2}',
    'duplicated-entry-in-enum@/components/schemas/P/enum/7 6:51 enum value true is already listed at enum[3] {"value":true,"first":3}',
    'duplicated-entry-in-enum@/components/schemas/P/enum/10 6:65 enum value [1] is already listed at enum[9] {"value":[1],"first":9}',
  ],
  'example-value-or-external-value a media-type example with neither': [
    'example-value-or-external-value@/paths/~1a/get/responses/200/content/application~1json/examples/one 4:98 example one has neither value nor externalValue {"example":"one"}',
  ],
  'example-value-or-external-value bad example': [
    'example-value-or-external-value@/components/examples/order/externalValue 6:32 example order has both value and externalValue {"example":"order"}',
  ],
  'example-value-or-external-value good example': [],
  'form-data-consumes a document-wide multipart consumes covers the operation': [],
  'form-data-consumes bad example': ['form-data-consumes@/paths/~1a/post 5:9 POST /a takes formData parameters but consumes no form media type'],
  'form-data-consumes good example': [],
  'info-description bad example': ['info-description@/info 2:1 info has no description'],
  'info-description good example': [],
  'info-license bad example': ['info-license@/info 2:1 info names no license'],
  'info-license good example': [],
  'license-url an SPDX identifier in 3.1': [],
  'license-url an identifier in 3.0 is no url': ['license-url@/info/license 2:35 the license has no url'],
  'license-url bad example': ['license-url@/info/license 2:35 the license has no url'],
  'license-url good example': [],
  'no-ambiguous-paths a literal beside a template in the same place': [],
  'no-ambiguous-paths bad example': [
    'no-ambiguous-paths@/paths/~1a~1b~1{y} 5:3 path /a/b/{y} and /a/{x}/c match the same requests {"path":"/a/b/{y}","other":"/a/{x}/c"}',
  ],
  'no-ambiguous-paths good example': [],
  'no-ambiguous-paths templates that differ only by names are left to no-identical-paths': [],
  'no-callbacks-in-callbacks bad example': [
    'no-callbacks-in-callbacks@/paths/~1a/post/callbacks/done/{$request.body#~1url}/post/callbacks 12:15 callback done defines callbacks of its own {"callback":"done"}',
  ],
  'no-callbacks-in-callbacks good example': [],
  'no-callbacks-in-webhook bad example': [
    'no-callbacks-in-webhook@/webhooks/orderPaid/post/callbacks 7:7 webhook orderPaid defines callbacks {"webhook":"orderPaid"}',
  ],
  'no-callbacks-in-webhook good example': [],
  'no-duplicated-tag-names bad example': ['no-duplicated-tag-names@/tags/1/name 3:34 tag "orders" is already declared at tags[0] {"tag":"orders","first":0}'],
  'no-duplicated-tag-names good example': [],
  'no-http-verbs-in-paths a verb inside a word is no verb': [],
  'no-http-verbs-in-paths bad example': [
    'no-http-verbs-in-paths@/paths/~1getOrders 4:3 path /getOrders names the HTTP method "get" {"path":"/getOrders","verb":"get"}',
  ],
  'no-http-verbs-in-paths good example': [],
  'no-identical-paths bad example': [
    'no-identical-paths@/paths/~1a~1{name} 5:3 path /a/{name} is identical to /a/{id} but for parameter names {"path":"/a/{name}","other":"/a/{id}"}',
  ],
  'no-identical-paths good example': [],
  'no-illogical-composition-keywords a lone member beside nullable is the 3.0 wrapper': [],
  'no-illogical-composition-keywords bad example': [
    'no-illogical-composition-keywords@/components/schemas/Id/oneOf 6:11 oneOf has one schema: use it directly {"keyword":"oneOf"}',
  ],
  'no-illogical-composition-keywords empty, repeated and inline discriminated members': [
    'no-illogical-composition-keywords@/components/schemas/B/anyOf/0 7:18 anyOf[0] is an empty schema: it matches any value {"keyword":"anyOf"}',
    'no-illogical-composition-keywords@/components/schemas/B/anyOf/2 7:40 anyOf[2] repeats anyOf[1] {"keyword":"anyOf","first":1}',
    'no-illogical-composition-keywords@/components/schemas/C/oneOf/1 8:93 oneOf[1] is inline: the discriminator cannot name it {"keyword":"oneOf"}',
    'no-illogical-composition-keywords@/components/schemas/D/allOf 9:10 allOf has no schemas {"keyword":"allOf"}',
  ],
  'no-illogical-composition-keywords good example': [],
  'no-mixed-number-range-constraints bad example': [
    'no-mixed-number-range-constraints@/components/schemas/Qty/exclusiveMinimum 6:39 schema has both minimum and exclusiveMinimum {"keyword":"exclusiveMinimum"}',
  ],
  'no-mixed-number-range-constraints good example': [],
  'no-path-trailing-slash bad example': ['no-path-trailing-slash@/paths/~1orders~1 4:3 path /orders/ ends with a slash {"path":"/orders/"}'],
  'no-path-trailing-slash good example': [],
  'no-ref-siblings a path item beside its $ref': [],
  'no-ref-siblings bad example': [
    'no-ref-siblings@/components/schemas/Order/properties/id/description 7:81 description beside $ref is ignored {"key":"description"}',
  ],
  'no-ref-siblings good example': [],
  'no-ref-siblings siblings are allowed in 3.1': [],
  'no-schema-type-mismatch bad example': [
    'no-schema-type-mismatch@/components/schemas/Tags/items 6:27 an object schema has items, which applies to arrays only {"type":"object","keyword":"items"}',
  ],
  'no-schema-type-mismatch good example': [],
  'no-server-example.com bad example': [
    'no-server-example.com@/servers/0/url 3:18 server URL https://api.example.com/v1 is a placeholder {"url":"https://api.example.com/v1"}',
  ],
  'no-server-example.com good example': [],
  'no-server-example.com localhost and a look-alike host': [
    'no-server-example.com@/servers/0/url 3:18 server URL http://localhost:8080 is a placeholder {"url":"http://localhost:8080"}',
  ],
  'no-server-trailing-slash bad example': [
    'no-server-trailing-slash@/servers/0/url 3:18 server URL https://api.example.com/ ends with a slash {"url":"https://api.example.com/"}',
  ],
  'no-server-trailing-slash good example': [],
  'no-server-example.com a Swagger 2.0 placeholder host': ['no-server-example.com@/host 3:7 host api.example.com is a placeholder {"url":"api.example.com"}'],
  'no-server-trailing-slash a Swagger 2.0 host with a slash': ['no-server-trailing-slash@/host 3:7 host api.shop.io/ ends with a slash {"url":"api.shop.io/"}'],
  'no-server-trailing-slash the root server / is no trailing slash': [],
  'no-servers-in-webhook bad example': [
    'no-servers-in-webhook@/webhooks/orderPaid/post/servers 6:7 webhook orderPaid declares servers {"webhook":"orderPaid"}',
  ],
  'no-servers-in-webhook good example': [],
  'no-unsafe-markdown a javascript: link and an event handler; evaluate( is fine': [
    'no-unsafe-markdown@/info/description 2:48 description contains a javascript: URL {"field":"description"}',
    'no-unsafe-markdown@/tags/0/description 3:32 description contains an HTML event handler attribute {"field":"description"}',
  ],
  'no-unsafe-markdown an escaped < is still a script tag': [
    'no-unsafe-markdown@/info/description 2:48 description contains a <script> tag {"field":"description"}',
  ],
  'no-unsafe-markdown bad example': ['no-unsafe-markdown@/info/description 2:48 description contains a <script> tag {"field":"description"}'],
  'no-unsafe-markdown good example': [],
  'no-unused-components a discriminator mapping and a reference from a nested schema count as uses': [
    'no-unused-components@/components/parameters/Unused 11:5 parameters Unused is never referenced {"type":"parameters","name":"Unused"}',
  ],
  'no-unused-components bad example': [
    'no-unused-components@/components/schemas/Orphan 6:5 schemas Orphan is never referenced {"type":"schemas","name":"Orphan"}',
  ],
  'no-unused-components good example': [],
  'no-unused-components swagger 2.0 definitions': [
    'no-unused-components@/definitions/Orphan 5:3 definitions Orphan is never referenced {"type":"definitions","name":"Orphan"}',
  ],
  'nullable-type-sibling bad example': ['nullable-type-sibling@/components/schemas/Note/nullable 6:13 nullable has no effect without a sibling type'],
  'nullable-type-sibling good example': [],
  'nullable-type-sibling nullable means nothing in 3.1 and is left alone': [],
  'oas2-no-anyof-oneof bad example': ['oas2-no-anyof-oneof@/definitions/Id/oneOf 5:9 oneOf does not exist in OpenAPI 2.0 {"keyword":"oneOf"}'],
  'oas2-no-anyof-oneof good example': [],
  'openapi-tags bad example': ['openapi-tags@/openapi 1:1 the document declares no tags'],
  'openapi-tags good example': [],
  'operation-4xx-response a 4XX range counts': [],
  'operation-4xx-response bad example': ['operation-4xx-response@/paths/~1a/get/responses 4:16 GET /a declares no 4xx response'],
  'operation-4xx-response good example': [],
  'operation-description bad example': ['operation-description@/paths/~1a/get 4:9 GET /a has no description'],
  'operation-description good example': [],
  'operation-operationId-url-safe bad example': [
    'operation-operationId-url-safe@/paths/~1a/get/operationId 4:29 operationId "get a" of GET /a has characters that are not valid in a URL {"operationId":"get a"}',
  ],
  'operation-operationId-url-safe good example': [],
  'operation-parameters-unique an operation overrides a path parameter; a path item repeats one': [
    'operation-parameters-unique@/paths/~1a/parameters/1 5:42 path /a declares query parameter "q" twice (first at parameters[0]) {"name":"q","in":"query"}',
  ],
  'operation-parameters-unique bad example': [
    'operation-parameters-unique@/paths/~1a/get/parameters/1 6:44 GET /a declares query parameter "q" twice (first at parameters[0]) {"name":"q","in":"query"}',
  ],
  'operation-parameters-unique good example': [],
  'operation-parameters-unique swagger 2.0 body twice and beside formData': [
    'operation-parameters-unique@/paths/~1a/post/parameters/1 6:55 POST /a declares a second body parameter',
    'operation-parameters-unique@/paths/~1a/post/parameters/2 6:90 POST /a declares both body and formData parameters',
  ],
  'operation-singular-tag bad example': ['operation-singular-tag@/paths/~1a/get/tags 4:16 GET /a has 2 tags {"tags":2}'],
  'operation-singular-tag good example': [],
  'operation-tag-defined bad example': ['operation-tag-defined@/paths/~1a/get/tags/0 5:23 tag "order" of GET /a is not declared in tags {"tag":"order"}'],
  'operation-tag-defined good example': [],
  'operation-tags bad example': ['operation-tags@/paths/~1a/get 4:9 GET /a has no tags'],
  'operation-tags good example': [],
  'path-declaration-must-exist bad example': [
    'path-declaration-must-exist@/paths/~1orders~1{} 4:3 path /orders/{} has an empty parameter declaration {} {"path":"/orders/{}"}',
  ],
  'path-declaration-must-exist good example': [],
  'path-http-verbs-order bad example': ['path-http-verbs-order@/paths/~1a/get 6:5 get comes after post in path /a {"method":"get","after":"post"}'],
  'path-http-verbs-order good example': [],
  'path-not-include-query bad example': [
    'path-not-include-query@/paths/~1orders?status=open 4:3 path /orders?status=open includes a query string {"path":"/orders?status=open"}',
  ],
  'path-not-include-query good example': [],
  'path-parameter-names-unique bad example': [
    'path-parameter-names-unique@/paths/~1a~1{id}~1b~1{id} 4:3 path /a/{id}/b/{id} names {id} more than once {"path":"/a/{id}/b/{id}","names":["id"]}',
  ],
  'path-parameter-names-unique good example': [],
  'paths-kebab-case bad example': ['paths-kebab-case@/paths/~1user_groups 4:3 path /user_groups is not kebab-case {"path":"/user_groups"}'],
  'paths-kebab-case good example': [],
  'required-string-property-missing-min-length bad example': [
    'required-string-property-missing-min-length@/components/schemas/User/properties/name 6:59 required string property "name" has no minLength {"property":"name"}',
  ],
  'required-string-property-missing-min-length good example': [],
  'scalar-property-missing-example bad example': [
    'scalar-property-missing-example@/components/schemas/User/properties/name 6:41 scalar property "name" has no example {"property":"name"}',
  ],
  'scalar-property-missing-example binary, composed and examples-carrying properties are fine': [],
  'scalar-property-missing-example good example': [],
  'security-scheme-defined an operation names an undeclared scheme': [
    'security-scheme-defined@/paths/~1a/get/security/1/basic 5:44 security scheme "basic" is not declared {"scheme":"basic"}',
  ],
  'security-scheme-defined bad example': ['security-scheme-defined@/security/0/bearer 3:14 security scheme "bearer" is not declared {"scheme":"bearer"}'],
  'security-scheme-defined good example': [],
  'security-scopes-defined bad example': [
    'security-scopes-defined@/security/0/oauth/0 3:22 scope "orders:write" is not declared by security scheme "oauth" {"scheme":"oauth","scope":"orders:write"}',
  ],
  'security-scopes-defined good example': [],
  'security-scopes-defined scopes of a non-OAuth scheme are not judged; swagger 2.0 scopes are': [
    'security-scopes-defined@/security/1/oauth/1 6:46 scope "write" is not declared by security scheme "oauth" {"scheme":"oauth","scope":"write"}',
  ],
  'server-variables-defined bad example': [
    'server-variables-defined@/servers/0/url 3:18 server URL variable {region} is not declared in variables {"variables":["region"]}',
  ],
  'server-variables-defined good example': [],
  'server-variables-defined two undeclared variables in one url': [
    'server-variables-defined@/servers/0/url 3:18 server URL variables {region}, {port} are not declared in variables {"variables":["region","port"]}',
  ],
  'server-variables-defined unused variable, empty enum, default outside its enum': [
    'server-variables-defined@/servers/0/variables/region/default 5:37 the default "eu" of server variable region is not in its enum {"variable":"region"}',
    'server-variables-defined@/servers/0/variables/port 5:55 server variable port is not used in the URL {"variable":"port"}',
    'server-variables-defined@/servers/0/variables/port/enum 5:85 server variable port has an empty enum {"variable":"port"}',
  ],
  'tag-description bad example': ['tag-description@/tags/0 3:8 tag "orders" has no description {"tag":"orders"}'],
  'tag-description good example': [],
  'tags-alphabetical bad example': [
    'tags-alphabetical@/tags/1 3:26 tag "customers" comes after "orders": tags are not in alphabetical order {"tag":"customers","after":"orders"}',
  ],
  'tags-alphabetical good example': [],
};
