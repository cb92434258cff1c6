/** Pinned findings per case (`ruleId@pointer line:col message {data}`); regenerate only with a reason. */
export const EXPECTED: Record<string, string[]> = {
  "accepted-status-link bad example": [
    "accepted-status-link@/paths/~1exports/post/responses/202 6:27 POST /exports answers 202 with no Location header or status link",
  ],
  "accepted-status-link good example": [],
  "auth-rate-limited bad example": [
    "auth-rate-limited@/paths/~1login/post 6:7 POST /login is a login, token, recovery or search operation with no 429",
  ],
  "auth-rate-limited good example": [],
  "conditional-412 bad example": [
    "conditional-412@/paths/~1a/put 6:7 PUT /a takes a precondition header but declares no 412",
  ],
  "conditional-412 good example": [],
  "create-201-location bad example": [
    "create-201-location@/paths/~1orders/post/responses/201 6:27 POST /orders answers 201 without a Location header",
  ],
  "create-201-location good example": [],
  "deprecated-replacement bad example": [
    "deprecated-replacement@/paths/~1old/get 6:7 GET /old is deprecated without naming a replacement",
  ],
  "deprecated-replacement good example": [],
  "deprecation-headers bad example": [
    "deprecation-headers@/paths/~1old/get/responses/200 8:27 deprecated GET /old 200 sends no Deprecation or Sunset header",
  ],
  "deprecation-headers good example": [],
  "enum-type-match bad example": [
    "enum-type-match@/components/schemas/Level/enum/2 6:42 enum value \"3\" is string, not integer",
  ],
  "enum-type-match good example": [],
  "error-no-internals bad example": [
    "error-no-internals@/paths/~1a/get/responses/500/content/application~1problem+json/schema/properties/stackTrace 8:135 error schema exposes \"stackTrace\", an internal detail",
  ],
  "error-no-internals good example": [],
  "error-problem-json bad example": [
    "error-problem-json@/paths/~1a/get/responses/400 8:16 GET /a 400 returns application/json without problem details or a stable error code",
  ],
  "error-problem-json good example": [],
  "error-schema-consistent bad example": [
    "error-schema-consistent@/paths/~1a/get/responses/409 9:16 GET /a 409 uses a different error schema than the 1 error responses like GET /a 404 (2 error shapes in the API) {\"shapes\":2}",
  ],
  "error-schema-consistent good example": [],
  "event-channel-naming bad example": [
    "event-channel-naming@/channels/shipped/address 6:23 channel address orders/shipped/v1 is slash/separated where 2 addresses are dot.separated",
  ],
  "event-channel-naming good example": [],
  "event-channel-parameters bad example": [
    "event-channel-parameters@/channels/lights/address 5:14 channel lights uses {lightId} in its address but does not declare it in parameters",
    "event-channel-parameters@/channels/lights/parameters/streetId 7:7 channel lights declares parameter streetId, which its address lights.{lightId}.measured does not use",
  ],
  "event-channel-parameters good example": [],
  "event-correlation-id bad example": [
    "event-correlation-id@/channels/quotes/messages/request 7:16 message QuoteRequested is the request of answerQuote but declares no correlationId",
    "event-correlation-id@/channels/answers/messages/reply 11:14 message QuoteAnswered is the reply of answerQuote but declares no correlationId",
  ],
  "event-correlation-id good example": [],
  "event-correlation-id-location bad example": [
    "event-correlation-id-location@/channels/quotes/messages/request/correlationId/location 9:36 correlationId of message QuoteRequested points at header field \"requestId\", which the message's headers do not declare",
  ],
  "event-correlation-id-location good example": [],
  "event-dead-letter bad example": [
    "event-dead-letter@/operations/consumeOrders 8:18 receive operation consumeOrders on channel orders declares no dead-letter destination for messages it cannot process (x-dlq or a redrive binding)",
  ],
  "event-dead-letter good example": [],
  "event-delivery-semantics bad example": [
    "event-delivery-semantics@/channels/orders/x-delivery 4:45 x-delivery \"exactly-once\" is not one of at-least-once, at-most-once, exactly-once-effect; exactly-once delivery is not achievable across a network, say exactly-once-effect for at-least-once delivery with idempotent processing",
  ],
  "event-delivery-semantics good example": [],
  "event-envelope bad example": [
    "event-envelope@/channels/orders/messages/placed 8:9 message OrderPlaced carries no id, type, time, source (CloudEvents envelope attributes, in headers or payload)",
  ],
  "event-envelope good example": [],
  "event-message-content-type bad example": [
    "event-message-content-type@ 1:1 1 message declares no contentType (OrderPlaced) and the document no defaultContentType {\"messages\":1,\"examples\":[\"OrderPlaced\"]}",
  ],
  "event-message-content-type good example": [],
  "event-message-discriminable bad example": [
    "event-message-discriminable@/channels/socket/messages/botChanged/payload 8:48 messages botAdded and botChanged on channel socket both declare type \"bot_added\"; consumers cannot tell them apart",
  ],
  "event-message-discriminable good example": [],
  "event-message-examples-valid bad example": [
    "event-message-examples-valid@/channels/orders/messages/placed/examples/0/payload 11:22 example 0 of message OrderPlaced: payload the value must have required property 'orderId'",
  ],
  "event-message-examples-valid good example": [],
  "event-message-name bad example": [
    "event-message-name@/channels/orders/messages/placed 7:15 message placed has no name",
  ],
  "event-message-name good example": [],
  "event-message-payload bad example": [
    "event-message-payload@/channels/orders/messages/placed 7:15 message OrderPlaced declares no payload schema",
  ],
  "event-message-payload good example": [],
  "event-no-pii-in-routing bad example": [
    "event-no-pii-in-routing@/channels/inbox/parameters/email 7:7 channel inbox is addressed by parameter email, which looks like personal data (email)",
  ],
  "event-no-pii-in-routing good example": [],
  "event-operation-documented bad example": [
    "event-operation-documented@/operations/publishOrders 6:18 operation publishOrders has no summary or description",
  ],
  "event-operation-documented good example": [],
  "event-ordering-key bad example": [
    "event-ordering-key@/channels/orders/messages/placed 9:15 message OrderPlaced travels on ordered channel orders but declares no key (bindings.kafka.key or x-ordering-key)",
  ],
  "event-ordering-key good example": [],
  "event-schema-version bad example": [
    "event-schema-version@/channels/orders/messages/placed 7:15 message OrderPlaced carries no schema version (no x-schema-version, version field, versioned name or content type) and its channel orders is unversioned",
  ],
  "event-schema-version good example": [],
  "event-server-protocol-secure bad example": [
    "event-server-protocol-secure@/servers/prod/protocol 4:52 server prod uses plain mqtt; use secure-mqtt (mqtts)",
  ],
  "event-server-protocol-secure good example": [],
  "event-server-security bad example": [
    "event-server-security@/servers/prod 4:9 server prod declares no security",
  ],
  "event-server-security good example": [],
  "example-matches-schema bad example": [
    "example-matches-schema@/components/schemas/Count/example 6:51 example must be <= 10 {\"keyword\":\"maximum\",\"instancePath\":\"\",\"schemaPath\":\"#/maximum\",\"params\":{\"comparison\":\"<=\",\"limit\":10}}",
  ],
  "example-matches-schema good example": [],
  "filter-allow-listed bad example": [
    "filter-allow-listed@/paths/~1orders/get/parameters/0 6:20 \"filter\" of GET /orders takes free-form input with no allow-list or documented grammar",
  ],
  "filter-allow-listed good example": [],
  "idempotency-key-errors bad example": [
    "idempotency-key-errors@/paths/~1payments/post 6:7 POST /payments takes an Idempotency-Key but declares no 400, 409, 422",
  ],
  "idempotency-key-errors good example": [],
  "idempotency-key-on-create bad example": [
    "idempotency-key-on-create@/paths/~1payments/post 6:7 POST /payments creates without accepting an Idempotency-Key, so a retried request can create twice",
  ],
  "idempotency-key-on-create good example": [],
  "info-contact bad example": [
    "info-contact@/info 2:7 the document names no contact",
  ],
  "info-contact good example": [],
  "info-version-semver bad example": [
    "info-version-semver@/info/version 2:28 info.version \"latest\" is neither a semantic version nor a release date",
  ],
  "info-version-semver good example": [],
  "item-404 bad example": [
    "item-404@/paths/~1a~1{id}/get 6:7 GET /a/{id} addresses one item but declares no 404",
  ],
  "item-404 good example": [],
  "no-content-body bad example": [
    "no-content-body@/paths/~1a~1{id}/delete/responses/204 7:27 DELETE /a/{id} declares a body on 204 No Content",
  ],
  "no-content-body good example": [],
  "no-secrets-in-url bad example": [
    "no-secrets-in-url@/paths/~1a/get/parameters/0 6:20 GET /a takes the credential \"api_key\" in the query",
  ],
  "no-secrets-in-url good example": [],
  "no-top-level-array bad example": [
    "no-top-level-array@/paths/~1orders/get/responses/200 6:27 GET /orders 200 returns a bare JSON array, which cannot gain fields later",
  ],
  "no-top-level-array good example": [],
  "operation-error-responses bad example": [
    "operation-error-responses@/paths/~1a/get 6:7 GET /a declares no error response",
  ],
  "operation-error-responses good example": [],
  "operation-id-unique bad example": [
    "operation-id-unique@/paths/~1b/get/operationId 5:29 operationId \"get\" of GET /b is already used by GET /a",
  ],
  "operation-id-unique good example": [],
  "operation-security-defined bad example": [
    "operation-security-defined@/paths/~1a/get 6:7 GET /a has no security requirement at operation or document level",
  ],
  "operation-security-defined good example": [],
  "operation-success-response bad example": [
    "operation-success-response@/paths/~1a/get 6:7 GET /a declares no success response",
  ],
  "operation-success-response good example": [],
  "operation-summary bad example": [
    "operation-summary@/paths/~1a/get 6:7 GET /a has no summary or description",
  ],
  "operation-summary good example": [],
  "pagination-collection bad example": [
    "pagination-collection@/paths/~1orders/get 6:7 GET /orders returns a list without pagination parameters",
  ],
  "pagination-collection good example": [],
  "pagination-cursor-preferred bad example": [
    "pagination-cursor-preferred@/paths/~1orders/get/parameters/0 6:20 GET /orders pages by \"offset\" (offset), which skips or repeats items when the collection changes",
  ],
  "pagination-cursor-preferred good example": [],
  "pagination-next-link bad example": [
    "pagination-next-link@/paths/~1orders/get/responses/200 7:27 GET /orders 200 is paginated but returns no next cursor or link",
  ],
  "pagination-next-link good example": [],
  "pagination-page-size-bounded bad example": [
    "pagination-page-size-bounded@/paths/~1orders/get/parameters/0 6:20 page size \"limit\" of GET /orders has no maximum or default",
  ],
  "pagination-page-size-bounded good example": [],
  "parameter-description bad example": [
    "parameter-description@/paths/~1a/get/parameters/0 6:20 parameter \"since\" of GET /a has no description",
  ],
  "parameter-description good example": [],
  "path-casing-consistent bad example": [
    "path-casing-consistent@/paths/~1shipping_addresses 6:3 path /shipping_addresses uses snake case where 2 segments use kebab case",
  ],
  "path-casing-consistent good example": [],
  "path-parameters-defined bad example": [
    "path-parameters-defined@/paths/~1a~1{id}/get 6:7 GET /a/{id} has no path parameter for {id}",
  ],
  "path-parameters-defined good example": [],
  "property-casing-consistent bad example": [
    "property-casing-consistent@/components/schemas/A/properties/deleted_at 6:96 property \"deleted_at\" is snake case where 2 properties are camel case",
  ],
  "property-casing-consistent good example": [],
  "rate-limit-retry-after bad example": [
    "rate-limit-retry-after@/paths/~1a/get/responses/429 6:55 GET /a answers 429 without a Retry-After header",
  ],
  "rate-limit-retry-after good example": [],
  "request-bounded bad example": [
    "request-bounded@/paths/~1a/post/requestBody/content/application~1json/schema/properties/name 6:97 request string \"name\" has no maxLength",
  ],
  "request-bounded good example": [],
  "request-unknown-fields bad example": [
    "request-unknown-fields@/paths/~1a/post/requestBody/content/application~1json/schema 6:61 request object accepts unknown fields",
  ],
  "request-unknown-fields good example": [],
  "schema-required-exists bad example": [
    "schema-required-exists@/components/schemas/A/required/1 6:39 \"nmae\" is required but not declared in properties",
  ],
  "schema-required-exists good example": [],
  "scoped-403 bad example": [
    "scoped-403@/paths/~1a/delete 6:7 DELETE /a requires scopes but declares no 403",
  ],
  "scoped-403 good example": [],
  "secured-401 bad example": [
    "secured-401@/paths/~1a/get 7:7 GET /a is secured but declares no 401",
  ],
  "secured-401 good example": [],
  "servers-https bad example": [
    "servers-https@/servers/0 3:11 server http://api.example.com is plain http",
  ],
  "servers-https good example": [],
  "sort-allow-listed bad example": [
    "sort-allow-listed@/paths/~1orders/get/parameters/0 6:20 sort parameter \"sort\" of GET /orders accepts any field; allow-list them with an enum",
  ],
  "sort-allow-listed good example": [],
  "status-code-registered bad example": [
    "status-code-registered@/paths/~1a/get/responses/499 6:48 GET /a uses unregistered status code 499",
  ],
  "status-code-registered good example": [],
  "success-no-error-body bad example": [
    "success-no-error-body@/paths/~1a/get/responses/200 6:27 GET /a 200 has an \"error\" field in its success body",
  ],
  "success-no-error-body good example": [],
  "sunset-after-deprecation bad example": [
    "sunset-after-deprecation@/paths/~1old/get/x-sunset 8:17 GET /old sunsets on 2026-03-01, before its deprecation on 2026-06-01",
  ],
  "sunset-after-deprecation good example": [],
  "versioning-consistent bad example": [
    "versioning-consistent@/paths/~1v2~1carts 5:3 1 path like /v2/carts use v2, while 1 use v1",
  ],
  "versioning-consistent good example": [],
  "pagination-page-size-bounded maximum without default": [
    "pagination-page-size-bounded@/paths/~1a/get/parameters/0 6:20 page size \"limit\" of GET /a has no default",
  ],
  "pagination-page-size-bounded default and maximum": [],
  "request-bounded exclusiveMaximum bounds a number": [],
  "path-casing-consistent two kebab against one snake": [
    "path-casing-consistent@/paths/~1audit_logs 8:3 path /audit_logs uses snake case where 2 segments use kebab case",
  ],
  "path-casing-consistent one kebab against one snake": [
    "path-casing-consistent@/paths/~1audit_logs 6:3 path /audit_logs uses snake case where 1 segments use kebab case",
  ],
  "versioning-consistent a v1 path on its own servers": [],
  "versioning-consistent a v1 path on the same servers": [
    "versioning-consistent@/paths/~1v1~1chat 8:3 1 path like /v1/chat use v1, while 2 use v2",
  ],
  "secured-401 default only": [],
  "secured-401 default beside an explicit 403": [
    "secured-401@/paths/~1a/get 8:7 GET /a is secured but declares no 401",
  ],
  "item-404 default only": [],
  "item-404 default beside explicit 401 and 500": [
    "item-404@/paths/~1a~1{id}/get 6:7 GET /a/{id} addresses one item but declares no 404",
  ],
  "auth-rate-limited default only": [],
  "error-problem-json required id code (DigitalOcean)": [],
  "error-problem-json OAuth error": [],
  "error-problem-json required prose only": [
    "error-problem-json@/paths/~1a/get/responses/400 8:16 GET /a 400 returns application/json without problem details or a stable error code",
  ],
  "rate-limit-retry-after X-RateLimit-Reset-After header": [],
  "rate-limit-retry-after retry_after body field": [],
  "rate-limit-retry-after X-RateLimit-Limit says nothing about when": [
    "rate-limit-retry-after@/paths/~1a/get/responses/429 6:55 GET /a answers 429 without a Retry-After header",
  ],
  "idempotency-key-on-create POST on an item and an action verb": [
    "idempotency-key-on-create@/paths/~1tasks~1{id}~1subtasks/post 11:11 POST /tasks/{id}/subtasks creates without accepting an Idempotency-Key, so a retried request can create twice",
  ],
  "idempotency-key-on-create stated in info.description": [],
  "pagination-next-link keyset before/after and a start-end range": [],
  "pagination-next-link a start offset without end": [
    "pagination-next-link@/paths/~1items/get/responses/200 7:27 GET /items 200 is paginated but returns no next cursor or link",
  ],
  "error-schema-consistent two ref spellings of one schema": [],
  "operation-security-defined plainly worded public and OAuth token": [],
  "operation-success-response deprecated and 410 only": [
    "operation-success-response@/paths/~1live/post 10:7 POST /live declares no success response",
  ],
  "sort-allow-listed oneOf const, order filter, free string": [
    "sort-allow-listed@/paths/~1a/get/parameters/2 9:11 sort parameter \"order_by\" of GET /a accepts any field; allow-list them with an enum",
  ],
  "success-no-error-body job with status and error": [],
  "info-version-semver MAJOR.MINOR": [],
  "info-version-semver CalVer": [],
  "info-version-semver a word": [
    "info-version-semver@/info/version 2:28 info.version \"latest\" is neither a semantic version nor a release date",
  ],
  "create-201-location created resource with its id": [],
  "accepted-status-link run id a sibling GET accepts": [],
  "accepted-status-link run id nothing accepts": [
    "accepted-status-link@/paths/~1runs/post/responses/202 6:27 POST /runs answers 202 with no Location header or status link",
  ],
  "event-message-name 3.0 components/messages key": [],
  "event-message-content-type three messages, one missing default": [
    "event-message-content-type@ 1:1 2 messages declare no contentType (bye, hello) and the document no defaultContentType {\"messages\":2,\"examples\":[\"bye\",\"hello\"]}",
  ],
  "auth-rate-limited an auth segment deep in a configuration path": [
    "auth-rate-limited@/paths/~1auth~1token/post 7:11 POST /auth/token is a login, token, recovery or search operation with no 429",
  ],
  "pagination-next-link next_page_uri (Twilio)": [],
  "error-problem-json an HTML error page of a browser flow": [],
  "error-schema-consistent OAuth error shape beside the API error": [],
  "success-no-error-body a validation result with valid and error": [],
  "path-casing-consistent camel-case action verbs beside snake nouns": [
    "path-casing-consistent@/paths/~1projectTemplates 10:3 path /projectTemplates uses camel case where 2 segments use snake case",
  ],
  "no-secrets-in-url a token object addressed by its id": [
    "no-secrets-in-url@/paths/~1reset~1{token}/post/parameters/0 10:20 POST /reset/{token} takes the credential \"token\" in the path",
  ],
  "pagination-next-link stray paging parameters on one item": [],
  "path-casing-consistent a product name that starts with a digit": [],
  "idempotency-key-on-create sessions and tokens are short-lived": [],
  "operation-security-defined a document that declares no security at all is one finding": [
    "operation-security-defined@/paths 3:1 the document declares no security at all: none of its 2 operations says how it is authenticated or that it is public {\"operations\":2,\"examples\":[\"GET /a\",\"POST /b\"]}"
  ],
  "operation-security-defined a document with schemes leaves each unsecured operation its own finding": [
    "operation-security-defined@/paths/~1a/get 7:7 GET /a has no security requirement at operation or document level",
    "operation-security-defined@/paths/~1b/post 10:7 POST /b has no security requirement at operation or document level"
  ],
  "error-no-internals file alone is a resource, file with line a source position": [
    "error-no-internals@/paths/~1a/get/responses/500/content/application~1json/schema/properties/file 8:103 error schema exposes \"file\", an internal detail",
    "error-no-internals@/paths/~1a/get/responses/500/content/application~1json/schema/properties/line 8:127 error schema exposes \"line\", an internal detail"
  ],
};
