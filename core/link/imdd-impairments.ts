import type { ImddDesign } from '../scenario/schema';
import {
  crosstalkPenalty_dB,
  MPI_UPPER_BOUND_DISCOUNT,
  mpiPenalty_dB,
  rinPenalty_dB,
} from '../physics/imdd-impairments';
import { requiredQ } from '../physics/modulation';
import { DEFAULT_RX_BANDWIDTH_PER_BAUD } from '../signal/lane-signal';

/**
 * The modelled, length-independent impairments of an IM-DD lane: RIN, MPI and crosstalk, each
 * zero unless the design asks for its model (old designs keep their budgets exactly). A modelled
 * MPI replaces the given `penalties.mpi_dB`.
 */
export interface ImddImpairments {
  readonly rin_dB: number;
  readonly mpi_dB: number;
  readonly crosstalk_dB: number;
  /** Whether MPI came from the reflectances ('modelled') or was typed in ('given'). */
  readonly mpiSource: 'given' | 'modelled';
  readonly crosstalkModelled: boolean;
  /** Reflectors counted for the MPI model (connectors, Tx, Rx). */
  readonly reflectors: number;
  /** Receiver noise bandwidth the RIN penalty used, GHz (null without a RIN model). */
  readonly rinBandwidth_GHz: number | null;
}

/** Receiver noise bandwidth: the noise model's, else the ISI model's Rx, else the reference receiver. */
export function rinNoiseBandwidth_GHz(design: ImddDesign): number {
  const { rx, lane } = design;
  if (rx.sensitivity.mode === 'noise') return rx.sensitivity.bandwidth_GHz;
  return rx.bandwidth_GHz ?? DEFAULT_RX_BANDWIDTH_PER_BAUD.value * lane.baud_GBd;
}

export function imddImpairments(design: ImddDesign, targetBer: number): ImddImpairments {
  const { tx, penalties, lane, channel } = design;
  const levels = lane.pam_levels;
  const rinBandwidth_GHz = tx.rin_dB_per_Hz === undefined ? null : rinNoiseBandwidth_GHz(design);
  const rin_dB =
    tx.rin_dB_per_Hz === undefined || rinBandwidth_GHz === null
      ? 0
      : rinPenalty_dB(tx.rin_dB_per_Hz, rinBandwidth_GHz, requiredQ(levels, targetBer));
  const mpi = penalties.mpi_model;
  const reflectances_dB = mpi
    ? [
        ...Array.from({ length: channel.connectors }, () => mpi.connector_reflectance_dB),
        ...(mpi.tx_reflectance_dB === undefined ? [] : [mpi.tx_reflectance_dB]),
        ...(mpi.rx_reflectance_dB === undefined ? [] : [mpi.rx_reflectance_dB]),
      ]
    : [];
  const xt = penalties.crosstalk_model;
  return {
    rin_dB,
    mpi_dB: mpi
      ? mpiPenalty_dB(
          reflectances_dB,
          levels,
          mpi.extinction_ratio_dB,
          mpi.discount ?? MPI_UPPER_BOUND_DISCOUNT.value,
        )
      : penalties.mpi_dB,
    crosstalk_dB: xt ? crosstalkPenalty_dB(xt.isolation_dB, xt.adjacent_channels, levels) : 0,
    mpiSource: mpi ? 'modelled' : 'given',
    crosstalkModelled: xt !== undefined,
    reflectors: reflectances_dB.length,
    rinBandwidth_GHz,
  };
}
