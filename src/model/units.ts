/**
 * Strict parsers for the units the design file uses. Each accepts exactly one spelling,
 * so `400 ms`, `0.5h30m` or `99.95` (no %) are errors rather than silent guesses.
 */
export interface Duration {
  ms: number;
  text: string;
}

export interface Percent {
  /** 0–100, e.g. 99.95 */
  percent: number;
  text: string;
}

export interface Size {
  bytes: number;
  text: string;
}

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w|y)$/;
const DURATION_MS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  y: 31_536_000_000,
};
const PERCENT = /^(\d{1,3}(?:\.\d+)?)%$/;
const SIZE = /^(\d+(?:\.\d+)?)(B|KB|MB|GB|KiB|MiB|GiB)$/;
const SIZE_BYTES: Record<string, number> = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 };

export const UNIT_EXPECTATIONS = {
  duration: 'a duration such as 400ms, 30s, 5m, 2h or 28d (units ms, s, m, h, d, w, y)',
  percent: 'a percentage from 0% to 100% such as 99.95%',
  size: 'a size such as 512B, 64KB, 10MB or 1GiB',
} as const;

export function parseDuration(text: string): Duration | undefined {
  const match = DURATION.exec(text);
  return match ? { ms: Number(match[1]) * DURATION_MS[match[2]], text } : undefined;
}

export function parsePercent(text: string): Percent | undefined {
  const match = PERCENT.exec(text);
  if (!match) return undefined;
  const percent = Number(match[1]);
  return percent <= 100 ? { percent, text } : undefined;
}

export function parseSize(text: string): Size | undefined {
  const match = SIZE.exec(text);
  return match ? { bytes: Number(match[1]) * SIZE_BYTES[match[2]], text } : undefined;
}

/** Renders milliseconds the way a person writes them: 400ms, 1.2s, 5m, 28d. */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${round(ms, 1)}ms`;
  if (ms < 60_000) return `${round(ms / 1000, 2)}s`;
  if (ms < 3_600_000) return `${round(ms / 60_000, 2)}m`;
  if (ms < 86_400_000) return `${round(ms / 3_600_000, 2)}h`;
  return `${round(ms / 86_400_000, 2)}d`;
}

/** Renders a 0–100 percentage with as many decimals as it needs (max 4): 99.8501%. */
export function formatPercent(percent: number, decimals = 4): string {
  return `${round(percent, decimals)}%`;
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
