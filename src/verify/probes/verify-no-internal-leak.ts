import type { Probe } from '../types.js';

/** What gives a service's insides away, each with the words a finding names it by. */
const LEAKS: Array<[RegExp, string]> = [
  [/\bat [\w$.<>]+ \((?:file:\/\/)?\/?[\w./\\:-]+:\d+:\d+\)/, 'a stack trace'],
  [/Traceback \(most recent call last\)/, 'a Python traceback'],
  [/\bat [\w$.]+\([\w$]+\.java:\d+\)/, 'a Java stack trace'],
  // Only names no API message uses: runtime errors, and fully qualified exception classes.
  [/\b(?:TypeError|ReferenceError|SyntaxError|RangeError|KeyError|AttributeError|IndexError|ZeroDivisionError|NoMethodError|NameError): /, 'an exception name'],
  [/\b(?:java|javax|org|com|System|Microsoft)\.(?:\w+\.)*[A-Z]\w*(?:Exception|Error)\b/, 'an exception name'],
  [/\bNullPointerException\b|\bNullReferenceException\b|\bSegmentation fault\b/, 'an exception name'],
  // Upper-case keywords only: "select the items from the list" is English, not SQL.
  [/\bSELECT\s+[\w*,\s."`]+?\s+FROM\s+["`]?\w+|\bINSERT INTO\s+\w+|\bUPDATE\s+["`]?\w+["`]?\s+SET\s+\w+|\bDELETE FROM\s+\w+/, 'SQL'],
  [/SQLSTATE|syntax error at or near|\bORA-\d{5}\b|SQLITE_[A-Z]+|psycopg2?\.|You have an error in your SQL syntax/, 'a database error'],
  // A server-side source file, not a URL path that merely starts with /app/.
  [
    /(?:^|[\s"'(=])\/(?:home|root|srv|opt|usr\/src|var\/www|app|workspace)\/[\w./-]*\.(?:js|mjs|cjs|ts|py|rb|java|go|php|cs|kt|scala|exs?)\b/,
    'an internal path',
  ],
  [/[A-Z]:\\\\?(?:Users|inetpub|Program Files)\\/, 'an internal path'],
  [/node_modules[\\/]/, 'an internal path'],
];

/** No stack trace, exception name, SQL or internal path in any response body. */
const probe: Probe = {
  id: 'verify-no-internal-leak',
  category: 'verify',
  severity: 'warn',
  description: 'No response body shows a stack trace, an exception name, SQL or a server-side file path.',
  rationale:
    'Internals in an error body tell an attacker the framework, the database and the code layout, and tell a client nothing it can act on; they also couple clients to messages that change with every release. Errors are most often provoked, so every answer is read, not only those to valid requests.',
  fix: 'Log the details server-side under the request id and answer with the contract’s error shape (e.g. problem details with a generic `detail`).',
  references: ['OWASP API Security Top 10 2023, API8 "Security Misconfiguration"', 'CWE-209 "Generation of Error Message Containing Sensitive Information"'],
  examples: {
    bad: '# GET /tasks?limit=not-a-number\nHTTP/1.1 400 Bad Request\ncontent-type: application/problem+json\n\n{"title":"Bad Request","status":400,"detail":"TypeError: limit is not a number\\n    at parseLimit (/srv/app/server.js:42:7)"}\n',
    good: '# GET /tasks?limit=not-a-number\nHTTP/1.1 400 Bad Request\ncontent-type: application/problem+json\n\n{"title":"Bad Request","status":400,"detail":"limit must be an integer from 1 to 20"}\n',
  },
  inspect(exchange, ctx) {
    if (!exchange.op || exchange.body === '') return;
    const text = exchange.body.slice(0, 65536);
    const leak = LEAKS.find(([pattern]) => pattern.test(text));
    if (!leak) return;
    ctx.report(probe, {
      op: exchange.op,
      messageId: 'leak',
      message: `${exchange.op.name} answered ${exchange.status} with ${leak[1]} in its body`,
      exchange,
      data: { status: exchange.status, leak: leak[1] },
    });
  },
};

export default probe;
