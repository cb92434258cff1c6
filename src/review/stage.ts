import type { Finding } from '../core/diagnostic.js';
import type { Design } from '../model/types.js';
import type { ContractReader } from '../contracts/reader.js';
import type { DesignRule, ReviewOptions, StageId } from '../core/design-rule.js';
import type { LintSetup } from '../lint/setup.js';

export interface StageContext {
  design: Design;
  system: readonly Design[];
  /** This design's findings from every stage, sorted. */
  findings: readonly Finding[];
  options: ReviewOptions;
  contracts: ContractReader;
  /** What contracts are linted with: the same config, plugins and Spectral rulesets as `archway lint`. */
  lint: LintSetup;
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
  /** Findings an engine produces for this design beyond its rules (e.g. linting its contracts; Spectral functions may be async). */
  analyse?(context: Omit<StageContext, 'findings'>): Finding[] | Promise<Finding[]>;
  sections(context: StageContext): ReportSection[];
}
