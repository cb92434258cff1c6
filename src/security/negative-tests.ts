import type { Design } from '../model/types.js';

const code = (text: string): string => `\`${text}\``;

/**
 * The negative security tests a verification plan must list for this design, one sentence each,
 * naming the design input it comes from. The order is fixed (401, 403, cross-tenant, each rate
 * limit as declared, CORS) so the plan is byte-identical between runs.
 */
export function securityNegativeTests(design: Design): string[] {
  const tests: string[] = [];
  const authentication = design.security?.authentication?.trim();
  const exposed = design.api.filter((api) => api.visibility === 'public' || api.visibility === 'partner');
  if (authentication || exposed.length > 0) {
    const source = authentication
      ? `security.authentication: “${authentication}”`
      : `${exposed.map((api) => `${api.visibility} API ${code(api.name)}`).join(', ')}, with security.authentication undeclared`;
    const surface = design.api.length > 0 ? `every operation of ${design.api.map((api) => code(api.name)).join(', ')}` : 'every operation';
    tests.push(`Unauthenticated (${source}): ${surface} called without credentials, or with an expired or malformed one, answers 401 and changes nothing.`);
    tests.push(
      `Unauthorised (${source}): a caller that is authenticated but lacks the scope or role an operation requires answers 403 on ${surface}, and changes nothing.`,
    );
  }
  if (design.nfr.multiTenant) {
    const key = design.security?.tenantKey ? `tenant key ${code(design.security.tenantKey)}` : 'no tenant key declared';
    const data = design.data.owned.length > 0 ? design.data.owned.map((datum) => code(datum.name)).join(', ') : 'records';
    tests.push(
      `Cross-tenant (nfr.multiTenant, ${key}): a caller of tenant A who reads, updates, deletes or lists tenant B’s ${data} by id gets 404 or 403, and no record of B appears in any list or search.`,
    );
  }
  for (const limit of design.security?.rateLimits ?? []) {
    tests.push(
      `Rate limit ${code(limit)} (security.rateLimits): exceeding it answers 429 with Retry-After, per account and per client, and the limit holds across instances.`,
    );
  }
  const cors = design.security?.cors;
  if (cors) {
    const credentials = cors.credentials ? ' or Access-Control-Allow-Credentials' : '';
    tests.push(
      `CORS (security.cors.origins: ${cors.origins.join(', ') || 'none'}): a preflight from a foreign origin such as https://attacker.example gets no Access-Control-Allow-Origin${credentials} for it.`,
    );
  }
  return tests;
}
