import type { Stage } from '../stage.js';
import { boundariesStage } from './boundaries.js';
import { constraintsStage } from './constraints.js';
import { contractsStage } from './contracts.js';
import { failureModesStage } from './failure-modes.js';
import { rolloutStage } from './rollout.js';

/** The workflow, in order. */
export const STAGES: readonly Stage[] = [constraintsStage, boundariesStage, contractsStage, failureModesStage, rolloutStage];
