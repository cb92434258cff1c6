import { joinPointer } from '../../core/pointer.js';
import type { DiffSide } from '../side.js';
import type { Emitter, Scope } from './emitter.js';
import { obj, requestBody, responseContent, schemaOf, type Media, type Obj } from './openapi.js';
import type { OperationPair } from './operation.js';
import type { Param } from './parameters.js';

export function compareRequestBody(out: Emitter, base: DiffSide, revision: DiffSide, pair: OperationPair, paramsB: Param[], paramsR: Param[]): void {
  const b = requestBody(base, pair.base.op, pair.base.pointer, paramsB);
  const r = requestBody(revision, pair.rev.op, pair.rev.pointer, paramsR);
  const scope: Scope = { ...pair.scope, direction: 'request', area: 'request-body' };
  if (!b && !r) return;
  if (!r) return out.emit('RequestBodyRemoved', scope, b!.pointer, pair.rev.pointer, { required: b!.required });
  if (!b) return out.emit('RequestBodyAdded', scope, pair.base.pointer, r.pointer, { required: r.required });
  if (b.required !== r.required) out.emit('RequestBodyRequiredChanged', scope, b.pointer, r.pointer, { from: b.required, to: r.required });
  compareMedia(out, scope, b, r);
}

export function compareResponses(out: Emitter, base: DiffSide, revision: DiffSide, pair: OperationPair): void {
  const before = obj(base, pair.base.op.responses) ?? {};
  const after = obj(revision, pair.rev.op.responses) ?? {};
  const byStatus = (map: Obj) => new Map(Object.keys(map).map((k) => [k.toUpperCase(), k]));
  const keysB = byStatus(before);
  const keysR = byStatus(after);
  const listB = joinPointer(pair.base.pointer, 'responses');
  const listR = joinPointer(pair.rev.pointer, 'responses');
  for (const status of [...new Set([...keysB.keys(), ...keysR.keys()])].sort()) {
    const kb = keysB.get(status);
    const kr = keysR.get(status);
    // Matched case-insensitively (`2xx` is `2XX`), shown as written: `default`, not `DEFAULT`.
    const scope: Scope = { ...pair.scope, direction: 'response', area: 'response-body', status: kr ?? kb };
    const pb = kb === undefined ? listB : joinPointer(listB, kb);
    const pr = kr === undefined ? listR : joinPointer(listR, kr);
    const rb = kb === undefined ? undefined : obj(base, before[kb]);
    const rr = kr === undefined ? undefined : obj(revision, after[kr]);
    if (!rb && !rr) continue;
    if (!rr) {
      out.emit('ResponseStatusRemoved', scope, pb, pr, {});
      continue;
    }
    if (!rb) {
      out.emit('ResponseStatusAdded', scope, pb, pr, {});
      continue;
    }
    compareMedia(
      out,
      scope,
      { pointer: pb, media: responseContent(base, pair.base.op, rb, pb) },
      { pointer: pr, media: responseContent(revision, pair.rev.op, rr, pr) },
    );
    compareHeaders(out, { ...scope, area: 'response-header' }, rb, pb, rr, pr);
  }
}

function compareMedia(out: Emitter, scope: Scope, b: { pointer: string; media: Map<string, Media> }, r: { pointer: string; media: Map<string, Media> }): void {
  for (const type of [...new Set([...b.media.keys(), ...r.media.keys()])].sort()) {
    const mb = b.media.get(type);
    const mr = r.media.get(type);
    const at = { ...scope, mediaType: type };
    if (!mr) out.emit('MediaTypeRemoved', at, mb!.pointer, r.pointer, {});
    else if (!mb) out.emit('MediaTypeAdded', at, b.pointer, mr.pointer, {});
    else if (mb.schema !== undefined && mr.schema !== undefined) out.schema({ ...at, property: '' }, mb.schemaPointer, mr.schemaPointer, mb.schema, mr.schema);
  }
}

function compareHeaders(out: Emitter, scope: Scope, rb: Obj, pb: string, rr: Obj, pr: string): void {
  const base = out.schemas.base;
  const rev = out.schemas.rev;
  const hb = obj(base, rb.headers) ?? {};
  const hr = obj(rev, rr.headers) ?? {};
  const lower = (map: Obj) => new Map(Object.keys(map).map((k) => [k.toLowerCase(), k]));
  const namesB = lower(hb);
  const namesR = lower(hr);
  for (const name of [...new Set([...namesB.keys(), ...namesR.keys()])].sort()) {
    const kb = namesB.get(name);
    const kr = namesR.get(name);
    const nb = kb === undefined ? undefined : obj(base, hb[kb]);
    const nr = kr === undefined ? undefined : obj(rev, hr[kr]);
    const at: Scope = { ...scope, header: kr ?? kb, deprecated: scope.deprecated || nb?.deprecated === true };
    const ptrB = kb === undefined ? pb : joinPointer(pb, 'headers', kb);
    const ptrR = kr === undefined ? pr : joinPointer(pr, 'headers', kr);
    if (!nb && !nr) continue;
    if (!nr) {
      out.emit('HeaderRemoved', at, ptrB, ptrR, { required: nb!.required === true });
      continue;
    }
    if (!nb) {
      out.emit('HeaderAdded', at, ptrB, ptrR, { required: nr.required === true });
      continue;
    }
    if ((nb.required === true) !== (nr.required === true))
      out.emit('HeaderRequiredChanged', at, ptrB, ptrR, { from: nb.required === true, to: nr.required === true });
    const sb = schemaOf(base, nb, ptrB);
    const sr = schemaOf(rev, nr, ptrR);
    out.schema({ ...at, property: '' }, sb.pointer, sr.pointer, sb.schema, sr.schema);
  }
}
