/**
 * @method roadmap-readiness Readiness levels (TRL, MRL) and milestone confidence
 * Each milestone states the technology readiness level (TRL, NASA/ISO 16290: 1 basic principles
 * observed, 2 concept formulated, 3 proof of concept, 4 validated in the lab, 5 validated in a
 * relevant environment, 6 prototype demonstrated in a relevant environment, 7 prototype in the
 * operational environment, 8 system complete and qualified, 9 proven in operation) and the
 * manufacturing readiness level (MRL, DoD Deskbook: 1–3 concepts and feasibility, 4 capability to
 * produce in a lab, 5–6 prototype components / system in a production-relevant environment,
 * 7 production-representative, 8 pilot line proven (low-rate initial production), 9 full-rate
 * production demonstrated, 10 full-rate production in lean operation) it reaches, with two dates:
 * P50, even odds, and P90, the date it is 90 % sure to be met by:
 * $$ \Pr(T \le t_{50}) = 0.5, \qquad \Pr(T \le t_{90}) = 0.9 $$
 * @assumes Typical stage levels: samples TRL 5/MRL 4, EVT 6/5, DVT 7/7, PVT 8/8, volume 9/9.
 * @ref NASA_TRL DOD_MRL_DESKBOOK
 */
export const TRL_LABELS: readonly string[] = [
  'basic principles observed',
  'technology concept formulated',
  'proof of concept',
  'validated in the lab',
  'validated in a relevant environment',
  'prototype demonstrated in a relevant environment',
  'prototype in the operational environment',
  'system complete and qualified',
  'proven in operation',
];

export const MRL_LABELS: readonly string[] = [
  'manufacturing implications identified',
  'manufacturing concepts identified',
  'manufacturing proof of concept',
  'capability to produce in a lab',
  'components in a production-relevant environment',
  'system in a production-relevant environment',
  'production-representative environment',
  'pilot line proven, low-rate production',
  'full-rate production demonstrated',
  'full-rate production, lean',
];

/** "TRL 7 (prototype in the operational environment)". */
export function describeTrl(level: number): string {
  return `TRL ${level} (${TRL_LABELS[level - 1] ?? 'unknown'})`;
}

export function describeMrl(level: number): string {
  return `MRL ${level} (${MRL_LABELS[level - 1] ?? 'unknown'})`;
}
