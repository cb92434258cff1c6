/**
 * The safe order to ship a breaking change: expand (add the new form beside the old), migrate
 * the consumers, deprecate the old form with Deprecation/Sunset, contract (remove it). Which
 * side ships first follows the data: what flows INTO the contract's owner (an HTTP request, a
 * command it consumes) needs the owner to accept the new form first (server before client);
 * what flows OUT of it (a response, an event it publishes) needs every consumer to tolerate the
 * new form before the owner sends it (client before server). Shared with the AsyncAPI diff.
 */

import { addDays, parseIsoDate } from '../core/dates.js';

/** `in`: data flows into the owner; `out`: from the owner to its consumers. */
export type Flow = 'in' | 'out';

export type Phase = 'expand' | 'migrate' | 'deprecate' | 'contract';

export interface RolloutStep {
  phase: Phase;
  /** Who acts: the owner ("server", "producer") or a named consumer. */
  actor: string;
  action: string;
}

export interface RolloutPlan {
  /** The change's check id, operation (or channel) and message. */
  id: string;
  operation: string | null;
  message: string;
  /** "server-before-client" or "client-before-server" (with the roles given). */
  order: string;
  steps: RolloutStep[];
}

export interface RolloutOptions {
  /** YYYY-MM-DD: the Deprecation date, and the base of the proposed Sunset. */
  today: string;
  /** Consumers named in archway.yaml; unnamed means "every client". */
  consumers?: readonly string[];
  /** Role names: server/client for HTTP, producer/consumer for events. */
  roles?: { owner: string; consumer: string };
  /** Days from today to the proposed Sunset (default 90). */
  noticeDays?: number;
  /** How deprecation is announced: HTTP headers, or the event contract's `deprecated` and `x-sunset`. */
  transport?: 'http' | 'events';
}

export interface RolloutChange {
  id: string;
  operation: string | null;
  message: string;
  flow: Flow;
  /** Something is taken away (an operation, a field): consumers move off it rather than onto a new form. */
  removal?: boolean;
  /** An event change no consumer can read in place: dual-publish on a new versioned channel. */
  incompatible?: boolean;
}

export function planRollout(change: RolloutChange, options: RolloutOptions): RolloutPlan {
  const { owner, consumer } = options.roles ?? { owner: 'server', consumer: 'client' };
  const sunset = addDays(options.today, options.noticeDays ?? 90);
  const consumers = options.consumers?.length ? [...options.consumers].sort() : [`every ${consumer}`];
  const inbound = change.flow === 'in';
  const expand: RolloutStep = change.incompatible
    ? {
        phase: 'expand',
        actor: owner,
        action: `Publish the new form on a new versioned channel (e.g. \`${change.operation?.split(' ').pop() ?? 'events'}.v2\`) while still publishing the old one (dual-publish).`,
      }
    : change.removal
      ? { phase: 'expand', actor: owner, action: `Keep the old form working and ship its replacement, if there is one, beside it.` }
      : inbound
        ? { phase: 'expand', actor: owner, action: `Deploy the ${owner} accepting both the old and the new form, so current ${consumer}s keep working.` }
        : {
            phase: 'expand',
            actor: owner,
            action: `Offer the new form beside the old one (a new field, version or opt-in) without changing what current ${consumer}s receive.`,
          };
  const migrate = consumers.map((name): RolloutStep => ({
    phase: 'migrate',
    actor: name,
    action: change.incompatible
      ? `Move ${name} to the new versioned channel.`
      : change.removal
        ? `Move ${name} off the old form.`
        : inbound
          ? `Move ${name} to the new form.`
          : `Update ${name} to handle the new form before the ${owner} sends it.`,
  }));
  return {
    id: change.id,
    operation: change.operation,
    message: change.message,
    order: inbound ? `${owner}-before-${consumer}` : `${consumer}-before-${owner}`,
    steps: [
      expand,
      ...migrate,
      options.transport === 'events'
        ? {
            phase: 'deprecate',
            actor: owner,
            action: `Mark the old form \`deprecated: true\` with \`x-sunset: ${sunset}\` in the AsyncAPI contract and tell its ${consumer}s.`,
          }
        : {
            phase: 'deprecate',
            actor: owner,
            action: `Mark the old form deprecated; send \`Deprecation: @${epoch(options.today)}\` and \`Sunset: ${httpDate(sunset)}\` (RFC 9745, RFC 8594).`,
          },
      { phase: 'contract', actor: owner, action: `After ${sunset}, once no ${consumer} uses the old form, ship the change: ${change.message}.` },
    ],
  };
}

function epoch(day: string): number {
  return parseIsoDate(day)! / 1000;
}

function httpDate(day: string): string {
  return new Date(parseIsoDate(day)!).toUTCString();
}
