import type { Design } from '../model/types.js';

/** The negative tests a secure design must pass, each naming the design input it comes from. */
export function securityNegativeTests(design: Design): string[] {
  const tests: string[] = [];
  const exposed = design.api.filter((a) => a.visibility !== 'internal');
  if (design.security?.authentication || exposed.length > 0) {
    tests.push(`Unauthenticated: every operation of ${design.api.map((a) => `\`${a.name}\``).join(', ') || 'the API'} called without credentials answers 401 (authentication: ${design.security?.authentication ?? 'undeclared'}).`);
    tests.push('Unauthorised: a caller whose token lacks the scope or role answers 403 on every operation that requires one.');
  }
  if (design.nfr.multiTenant) {
    tests.push(`Cross-tenant: a caller of one tenant reading or writing another tenant’s records by id gets 404 or 403 (tenant key \`${design.security?.tenantKey ?? 'undeclared'}\`).`);
  }
  for (const limit of design.security?.rateLimits ?? []) {
    tests.push(`Rate limit \`${limit}\`: exceeding it answers 429 with Retry-After, per account and per client.`);
  }
  if (design.security?.cors) {
    tests.push(`CORS: a preflight from an origin outside ${design.security.cors.origins.join(', ')} gets no Access-Control-Allow-Origin.`);
  }
  return tests;
}
