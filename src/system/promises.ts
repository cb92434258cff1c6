import type { Dependency, Design } from '../model/types.js';

/** A figure a service states about itself, with where it stands in its design file. */
export interface Stated {
  percent: number;
  text: string;
  pointer: string;
  /** `nfr.availability` or `slos.<name>`. */
  source: string;
}

/**
 * The availability a service promises its callers: the weaker of its NFR and its availability
 * SLO objectives (the SLO is what is alerted on; a caller cannot count on more than either says).
 */
export function promisedAvailability(design: Design): Stated | undefined {
  const candidates: Stated[] = design.slos
    .filter((slo) => slo.sli.kind === 'availability')
    .map((slo) => ({ percent: slo.objective.percent, text: slo.objective.text, pointer: `${slo.pointer}/objective`, source: `slos.${slo.name}` }));
  const nfr = design.nfr.availability;
  if (nfr) candidates.unshift({ percent: nfr.percent, text: nfr.text, pointer: '/nfr/availability', source: 'nfr.availability' });
  return candidates.reduce<Stated | undefined>((weakest, c) => (!weakest || c.percent < weakest.percent ? c : weakest), undefined);
}

/** The p99 a service promises: its `nfr.latency.p99`. */
export function promisedP99(design: Design): { ms: number; text: string; pointer: string } | undefined {
  const p99 = design.nfr.latency?.p99;
  return p99 && { ms: p99.ms, text: p99.text, pointer: '/nfr/latency/p99' };
}

/** A call from one reviewed service to another (any mode): where a caller states what it expects. */
export interface Edge {
  caller: Design;
  dependency: Dependency;
  callee: Design;
}

/** Every outbound dependency that names a service of the review, in system then declaration order. */
export function edges(system: readonly Design[]): Edge[] {
  const services = new Map(system.map((d) => [d.service.name, d]));
  return system.flatMap((caller) =>
    caller.dependencies.flatMap((dependency) => {
      const callee = dependency.direction === 'inbound' ? undefined : services.get(dependency.name);
      return callee && callee !== caller ? [{ caller, dependency, callee }] : [];
    }),
  );
}
