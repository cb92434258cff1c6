import type { Finding } from '../core/diagnostic.js';
import type { Design } from '../model/types.js';
import type { ContractReader } from '../contracts/reader.js';
import type { DesignRule, ReviewOptions, StageId } from '../core/design-rule.js';

export interface StageContext {
  design: Design;
  system: readonly Design[];
  /** This design's findings from every stage, sorted. */
  findings: readonly Finding[];
  options: ReviewOptions;
  contracts: ContractReader;
}

/** A section of DESIGN.md contributed by a stage (Markdown body, `###` and below). */
export interface ReportSection {
  id: string;
  title: string;
  body: string;
}

/**
 * One step of the review workflow: the rules that check it and the report sections that show
 * it. Engines plug in by adding rules and sections to a stage.
 */
export interface Stage {
  id: StageId;
  title: string;
  rules: readonly DesignRule[];
  /** Findings an engine produces for this design beyond its rules (e.g. linting its contracts). */
  analyse?(context: Omit<StageContext, 'findings'>): Finding[];
  sections(context: StageContext): ReportSection[];
}
