import type { Design } from '../scenario/schema';

/**
 * How the kernel treats each swept field path: which stage it feeds (link preparation, technology
 * statics, reach) and how a value is written into the working design (a direct store for the
 * fields sweeps vary most, a keyed store otherwise).
 */
export const SET_KEYED = 0;
export const SET_OMA = 1;
export const SET_IMDD_LENGTH = 2;
export const SET_REQUIRED = 3;
export const SET_COHERENT_LENGTH = 4;
export const SET_CABLE_LENGTH = 5;

/** Direct (monomorphic) stores for the fields sweeps vary most; any other path is a keyed store. */
export function setterCodeOf(design: Design, path: string): number {
  if (path === 'required_margin_dB') return SET_REQUIRED;
  if (design.kind === 'imdd' && path === 'tx.oma_dBm') return SET_OMA;
  if (design.kind === 'imdd' && path === 'channel.length_m') return SET_IMDD_LENGTH;
  if (design.kind === 'coherent' && path === 'length_km') return SET_COHERENT_LENGTH;
  if (design.kind === 'electrical' && path === 'cable.length_m') return SET_CABLE_LENGTH;
  return SET_KEYED;
}

/** The object holding the last key of a path (the sweep plan has checked the path exists). */
export function parentOf(design: Design, keys: readonly string[]): Record<string, unknown> {
  let node = design as unknown as Record<string, unknown>;
  for (let i = 0; i < keys.length - 1; i++)
    node = node[keys[i] as string] as Record<string, unknown>;
  return node;
}

/** IM-DD fields the per-point stage reads live; any other swept link field re-prepares. */
export const IMDD_LATE_PATHS = new Set(['tx.oma_dBm', 'required_margin_dB', 'channel.length_m']);
/** Fields that decide the lane count and line rate, which the technology statics use. */
export const LANE_PATHS = new Set([
  'lane.lanes',
  'lane.baud_GBd',
  'lane.pam_levels',
  'line_rate_gbps',
]);

export function isLengthPath(path: string): boolean {
  return path === 'channel.length_m' || path === 'length_km' || path === 'cable.length_m';
}

export function isTechnologyPath(path: string): boolean {
  return path.startsWith('technology.');
}

/** Whether a design's reach changes with a swept field (the length and technology do not feed it). */
export function reachDependsOn(design: Design, path: string): boolean {
  if (isTechnologyPath(path)) return false;
  if (!isLengthPath(path)) return true;
  return design.kind === 'imdd' && design.channel.measured_loss_dB !== undefined;
}
