import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { diffContracts, type DiffResult } from '../../src/diff/index.js';
import type { DiffSide } from '../../src/diff/side.js';
import { CORPUS } from '../support/cli.js';
import { loadContract } from '../../src/contracts/load.js';
import { sideFromContract } from '../../src/diff/side.js';

/**
 * The real version pairs from the corpus. Golden counts pin the engine's judgement on them; the
 * sample of breaking changes below was checked by hand against the raw JSON of both files
 * (reading the paths, schemas and lists named in each note), not against archway's output.
 */
const TODAY = '2025-12-31';

function load(relative: string): DiffSide {
  const path = join(CORPUS, relative);
  assert.ok(
    existsSync(path),
    `corpus file ${path} is missing: set ARCHWAY_CORPUS to the shared/corpus folder (it defaults to ../shared/corpus beside the repository)`,
  );
  return sideFromContract(loadContract(path), () => relative);
}

interface Real {
  id: string;
  operation: string;
  /** A fragment of the message. */
  says: string;
  /** What was checked in the two files. */
  checked: string;
  /** The level it must have; breaking unless said (response enum additions are warnings: both APIs document their enums as open). */
  level?: 'breaking' | 'warn';
}

const GITHUB: Real[] = [
  {
    id: 'api-removed',
    operation: 'GET /projects/{project_id}',
    says: 'was removed',
    checked: 'old paths has /projects/{project_id} get (deprecated: true, no x-sunset); new paths has no such path',
  },
  { id: 'api-removed', operation: 'POST /user/projects', says: 'was removed', checked: 'old /user/projects has post; new has no /user/projects' },
  { id: 'api-removed', operation: 'GET /orgs/{org}/settings/billing/actions', says: 'was removed', checked: 'present in old paths, absent from new' },
  {
    id: 'request-required-property-added',
    operation: 'POST /orgs/{org}/private-registries',
    says: '"url"',
    checked: 'old request schema has no url property; new lists url in properties and in required',
  },
  {
    id: 'request-property-min-items-increased',
    operation: 'DELETE /orgs/{org}/code-security/configurations/detach',
    says: 'from none to 1',
    checked: 'selected_repository_ids had no minItems; new has minItems: 1',
  },
  {
    id: 'request-property-max-items-decreased',
    operation: 'DELETE /orgs/{org}/code-security/configurations/detach',
    says: 'from none to 250',
    checked: 'selected_repository_ids had no maxItems; new has maxItems: 250',
  },
  {
    id: 'request-property-one-of-removed',
    operation: 'POST /orgs/{org}/rulesets',
    says: 'repository-rule-merge-queue',
    checked: 'rules.items was repository-rule (oneOf incl. repository-rule-merge-queue); new is org-rules, whose oneOf lacks it',
  },
  {
    id: 'response-property-enum-value-added',
    operation: 'GET /issues',
    says: '"duplicate"',
    checked: 'issue.state_reason enum [completed, reopened, not_planned] gained duplicate',
    level: 'warn',
  },
  {
    id: 'response-property-became-optional',
    operation: 'GET /issues',
    says: 'author_association',
    checked: 'issue.required listed author_association in old, not in new; the property remains',
  },
  {
    id: 'response-property-became-nullable',
    operation: 'GET /repos/{owner}/{repo}/branches/{branch}',
    says: 'sha',
    checked: 'diff-entry.sha {type: string} gained nullable: true',
  },
  {
    id: 'response-property-type-changed',
    operation: 'GET /repos/{owner}/{repo}/branches',
    says: 'from string to object',
    checked: 'branch-restriction-policy teams[].parent was {type: string, nullable}; new is $ref nullable-team-simple (an object)',
  },
];

const STRIPE: Real[] = [
  {
    id: 'request-property-max-length-decreased',
    operation: 'POST /v1/prices',
    says: 'from 5000 to 200',
    checked: 'lookup_key maxLength 5000 in old, 200 in new',
  },
  {
    id: 'response-property-became-nullable',
    operation: 'POST /v1/billing_portal/configurations',
    says: 'privacy_policy_url',
    checked: 'portal_business_profile.privacy_policy_url gained nullable: true',
  },
  {
    id: 'response-property-became-optional',
    operation: 'POST /v1/billing_portal/configurations',
    says: 'privacy_policy_url',
    checked: 'portal_business_profile.required [privacy_policy_url, terms_of_service_url] is gone in new',
  },
  {
    id: 'response-property-enum-value-added',
    operation: 'POST /v1/charges',
    says: '"agrobank"',
    checked: 'payment_method_details_fpx.bank enum lacks agrobank in old, has it in new',
    level: 'warn',
  },
  {
    id: 'response-property-enum-value-added',
    operation: 'POST /v1/checkout/sessions',
    says: '"bg_uic"',
    checked: 'payment_pages_checkout_session_tax_id.type enum gained bg_uic',
    level: 'warn',
  },
  {
    id: 'response-property-enum-value-added',
    operation: 'POST /v1/tax_rates',
    says: '"jct"',
    checked: 'tax_rate.tax_type enum [gst, hst, pst, qst, rst, sales_tax, vat] gained jct',
    level: 'warn',
  },
  {
    id: 'response-required-property-removed',
    operation: 'GET /v1/terminal/locations/{location}',
    says: '"address"',
    checked:
      'the 200 schema was $ref terminal.location (address required); new is anyOf [terminal.location, deleted_terminal.location], and deleted_terminal.location has only deleted, id, object',
  },
  {
    id: 'response-optional-property-removed',
    operation: 'POST /v1/payment_intents',
    says: '"payment_method_options.card.installments"',
    checked:
      'payment_intent_payment_method_options.card was $ref …_card (optional installments); new is anyOf [$ref …_card, $ref payment_intent_type_specific_payment_method_options_client], which has no installments',
    level: 'warn',
  },
];

const pairs = {
  github: { base: 'github/api.github.com.old.json', revision: 'github/api.github.com.new.json', golden: { breaking: 52, warn: 65, info: 300 }, real: GITHUB },
  stripe: { base: 'stripe/stripe-spec3.old.json', revision: 'stripe/stripe-spec3.new.json', golden: { breaking: 18, warn: 62, info: 489 }, real: STRIPE },
};

for (const [name, pair] of Object.entries(pairs))
  describe(name, () => {
    let result: DiffResult;
    before(() => {
      result = diffContracts(load(pair.base), load(pair.revision), { today: TODAY });
    });

    test('golden counts per level', () => {
      assert.deepEqual(result.summary, pair.golden);
      assert.equal(result.rollout.length, pair.golden.breaking, 'one rollout plan per breaking change');
    });

    test('hand-checked breaking changes are reported at their level', () => {
      for (const real of pair.real) {
        const found = result.changes.find(
          (c) =>
            c.id === real.id &&
            (c.operation === real.operation || (c.data.operations as string[] | undefined)?.includes(real.operation)) &&
            c.message.includes(real.says),
        );
        assert.ok(found, `${real.id} on ${real.operation} (${real.checked})`);
        assert.equal(found.level, real.level ?? 'breaking', real.id);
        assert.ok(found.location.line > 1 && found.base && found.base.line > 1, 'located in both files');
      }
    });
  });

test('github: the new document diffed against itself reports nothing', () => {
  const file = pairs.github.revision;
  assert.deepEqual(diffContracts(load(file), load(file), { today: TODAY }).changes, []);
});

test('stripe: the new document diffed against itself reports nothing', () => {
  const file = pairs.stripe.revision;
  assert.deepEqual(diffContracts(load(file), load(file), { today: TODAY }).changes, []);
});
