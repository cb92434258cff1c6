import type { EventContext } from './events.js';

/** Where a change is, as a reader names it: 'query parameter "kind"', 'response property "owner.id" (200 application/json)'. */
export function where(e: EventContext): string {
  return e.newBranch === undefined ? place(e) : `${place(e)} in new branch "${e.newBranch}"`;
}

function place(e: EventContext): string {
  const inside = e.property ? ` property "${e.property}"` : '';
  if (e.parameter) return `${e.parameter.in} parameter "${e.parameter.name}"${inside}`;
  if (e.area === 'request-body') return `${body('request', e.property)}${media(e)}`;
  if (e.area === 'response-header') return `response header "${e.header}"${inside} (${e.status})`;
  if (inMessage(e)) {
    const part = e.area === 'message-payload' ? 'payload' : e.area === 'message-key' ? 'key' : 'headers';
    return `${e.property ? `${part} property "${e.property}"` : `the ${part}`} of message "${e.messageName}"`;
  }
  if (e.area === 'response-body') return `${body('response', e.property)} (${[e.status, e.mediaType].filter(Boolean).join(' ')})`;
  return 'the operation';
}

/** The change is inside what a message carries: its payload, headers or key. */
export function inMessage(e: EventContext): boolean {
  return e.area === 'message-payload' || e.area === 'message-header' || e.area === 'message-key';
}

function body(direction: 'request' | 'response', property: string | undefined): string {
  if (!property) return `the ${direction} body`;
  return property === '[]' ? `each item of the ${direction} body` : `${direction} property "${property}"`;
}

function media(e: EventContext): string {
  return e.mediaType ? ` (${e.mediaType})` : '';
}

/** A value as JSON, the way it is written in the contract. */
export function show(value: unknown): string {
  return value === undefined ? 'none' : JSON.stringify(value);
}

/** "10 to 5", "none to 5". */
export function fromTo(from: unknown, to: unknown): string {
  return `${show(from)} to ${show(to)}`;
}

/** A list of values, the first few shown: enums run to hundreds of values. */
export function showValues(values: readonly unknown[], max = 5): string {
  const shown = values.slice(0, max).map(show).join(', ');
  return values.length > max ? `${shown} and ${values.length - max} more` : shown;
}

/** "10 to 5"; an exclusive bound is marked ("100 to 100 (exclusive)"), or the same numbers would read as no change. */
export function boundFromTo(e: { from?: number; to?: number; exclusive: { from: boolean; to: boolean } }): string {
  const side = (value: number | undefined, exclusive: boolean) => `${show(value)}${exclusive && value !== undefined ? ' (exclusive)' : ''}`;
  return `${side(e.from, e.exclusive.from)} to ${side(e.to, e.exclusive.to)}`;
}

/** 'kafka binding topic of channel "orders"': a binding setting and what holds it. */
export function bindingSetting(e: { binding: string; field: string; owner: string }): string {
  return `${e.binding} binding ${e.field} of ${e.owner}`;
}
