import type { DecisionPoint as DecisionEntry, Dependency, Design } from '../model/types.js';
import type { DecisionKind } from './pattern.js';

/** What each kind of question sounds like, tried in order: the narrower families before the broad ones. */
const CUES: ReadonlyArray<[DecisionKind, RegExp]> = [
  ['tenancy', /\btenan/],
  ['webhook-delivery', /\bwebhook/],
  ['export', /\b(export|reporting|reports?\b|bulk|download|csv|batch)/],
  ['degradation', /\b(down|degrad|fallback|unavailable|outage|fails?\b|failure|slow)/],
  ['rollout', /\b(roll ?out|release|deploy|canary|go live)/],
  ['consistency', /\b(consistent|consistency|transaction|saga|atomic|compensat)/],
  ['data', /\b(own|owns|replicate|replica|source of truth|system of record|copy of)\b/],
  ['placement', /\b(where|boundary|split|separate service|module|new service|live)\b/],
  ['integration', /\b(reach|integrat|hand|send|notify|deliver|talk to|publish|get to)/],
];

export const KIND_NAMES =
  'integration, data ownership, degradation, tenant isolation, batch and export, webhook delivery, service boundary, rollout and transactions';

/**
 * The kind of a declared question and what it is about: the question's words select the kind;
 * its subject is the declared one, else a dependency or datum the question names, else the service.
 * A question with no cue is an integration or data question when its subject is a dependency or a
 * datum, and otherwise one archway has no pattern family for.
 */
export function kindOfQuestion(design: Design, entry: DecisionEntry): { kind: DecisionKind | 'unanswered'; subject: string } {
  const text = entry.question.toLowerCase();
  const names = [...design.dependencies.map((d) => d.name), ...design.data.referenced.map((d) => d.name)];
  const named = names.find((n) => new RegExp(`\\b${n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text));
  const subject = entry.subject ?? named ?? design.service.name;
  const cue = CUES.find(([, re]) => re.test(text))?.[0];
  if (cue) return { kind: cue, subject };
  if (design.dependencies.some((d) => d.name === subject)) return { kind: 'integration', subject };
  if (design.data.referenced.some((d) => d.name === subject)) return { kind: 'data', subject };
  return { kind: 'unanswered', subject };
}

/** The degradation pattern a declared `fallback` describes, read from its words. */
export function statedDegradation(dependency: Dependency): string | undefined {
  const text = dependency.fallback?.toLowerCase();
  if (!text) return undefined;
  if (/\b(second|backup|secondary|alternate|failover|other provider)/.test(text)) return 'degrade-second-provider';
  if (/\b(cache|cached|stale|last known|previous)/.test(text)) return 'degrade-stale-cache';
  if (/\b(hedg)/.test(text)) return 'degrade-hedged-requests';
  if (/\b(default|static|fixed|constant|estimat|straight-line|heuristic)/.test(text)) return 'degrade-fallback-value';
  return 'degrade-degraded-answer';
}
