/**
 * @method checkpoint-goodput Interruptions and goodput lost to checkpoint/restart
 * Checkpoint/restart arithmetic for a job that spans the cluster (YOUNG_1974). With M the mean time
 * between interruptions, δ the checkpoint cost and R the restart time, the optimal interval and the
 * fraction of time lost are
 * $$ \tau = \sqrt{2\,\delta\,M}, \qquad \ell \approx \frac{\delta}{\tau} + \frac{\tau}{2M} + \frac{R}{M} $$
 * @assumes Every link or switch failure interrupts the job; first order in δ/M.
 * @ref YOUNG_1974
 *
 *   M  mean time between interruptions = 1 ÷ interruption rate
 *   τ  optimal checkpoint interval     = √(2·δ·M)              (δ = checkpoint cost)
 *   lost fraction ≈ δ/τ + τ/(2M) + R/M                         (R = restart time)
 * — time writing checkpoints, work redone since the last one (half an interval on average), and
 * restarting. First-order: valid while δ ≪ M; capped at 1 (nothing gets done).
 */
export interface Goodput {
  readonly mtbi_s: number;
  readonly checkpoint_interval_s: number;
  readonly checkpoint_loss_fraction: number;
  readonly rework_loss_fraction: number;
  readonly restart_loss_fraction: number;
  readonly lost_fraction: number;
}

export const SECONDS_PER_DAY = 86_400;

export function youngDalyInterval_s(checkpointCost_s: number, mtbi_s: number): number {
  return Math.sqrt(2 * checkpointCost_s * mtbi_s);
}

export function goodput(
  interruptionsPerDay: number,
  checkpointCost_s: number,
  restart_s: number,
): Goodput {
  if (interruptionsPerDay <= 0) {
    return {
      mtbi_s: Number.POSITIVE_INFINITY,
      checkpoint_interval_s: Number.POSITIVE_INFINITY,
      checkpoint_loss_fraction: 0,
      rework_loss_fraction: 0,
      restart_loss_fraction: 0,
      lost_fraction: 0,
    };
  }
  const mtbi_s = SECONDS_PER_DAY / interruptionsPerDay;
  const tau_s = youngDalyInterval_s(checkpointCost_s, mtbi_s);
  // δ = 0: checkpoints are free and continuous, so nothing is written or redone.
  const checkpoint = tau_s > 0 ? checkpointCost_s / tau_s : 0;
  const rework = tau_s / (2 * mtbi_s);
  const restart = restart_s / mtbi_s;
  return {
    mtbi_s,
    checkpoint_interval_s: tau_s,
    checkpoint_loss_fraction: checkpoint,
    rework_loss_fraction: rework,
    restart_loss_fraction: restart,
    lost_fraction: Math.min(1, checkpoint + rework + restart),
  };
}
