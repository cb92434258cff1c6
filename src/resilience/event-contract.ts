import { documentEventModel, type EventMessage, type EventModel } from '../contracts/asyncapi.js';
import { InputError } from '../core/input-error.js';
import type { ContractDocument, ContractFile } from '../contracts/load.js';
import type { Design } from '../model/types.js';
import type { ContractReader } from '../contracts/reader.js';

type At = { file: ContractFile; pointer: string };

/** The AsyncAPI contract of the event stream `name` (archway.yaml `events[]`), when there is one that reads. */
export function eventContract(
  design: Design,
  name: string,
  contracts: ContractReader,
): { model: EventModel<At>; file: string; doc: ContractDocument } | undefined {
  const surface = design.events.find((e) => e.name === name);
  if (!surface?.contract) return undefined;
  const doc = contracts.document(surface.contract);
  if (doc instanceof InputError || doc.kind !== 'asyncapi') return undefined;
  return { model: documentEventModel(doc), file: surface.contract.path, doc };
}

/** The top-level field names a message carries, in its headers and its payload (JSON Schema `properties`, Avro `fields`). */
export function messageFields(message: EventMessage<At>, doc: ContractDocument): Set<string> {
  const fields = new Set<string>();
  for (const [raw, at] of [
    [message.headers, message.headersAt],
    [message.payload, message.payloadAt],
  ] as const) {
    const found = doc.deref(raw, at.file, at.pointer);
    const schema = found.node as Record<string, any> | undefined;
    if (!schema || typeof schema !== 'object') continue;
    const parts = [schema, ...(Array.isArray(schema.allOf) ? schema.allOf.map((p: unknown) => doc.deref(p, found.file, found.pointer).node) : [])];
    for (const part of parts as Array<Record<string, any>>) {
      if (part && typeof part.properties === 'object') for (const key of Object.keys(part.properties)) fields.add(key);
      if (part && Array.isArray(part.fields)) for (const field of part.fields) if (typeof field?.name === 'string') fields.add(field.name);
    }
  }
  return fields;
}

/** CloudEvents' `id` and its binary-mode header spellings: the envelope id consumers deduplicate on. */
export const ENVELOPE_IDS = ['id', 'ce_id', 'ce-id', 'eventId', 'event_id', 'messageId'];
