import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  averagePowerFromOma_mW,
  laserElectricalPerLane_W,
  laserOpticalPerLane_mW,
} from '../../../core/power/laser-power';
import { energyBreakdown, energyPartIds, type PowerInputs } from '../../../core/power/energy';
import { HOST_SERDES_PJ_PER_BIT } from '../../../core/power/host-serdes';
import { expectClose } from '../../helpers/expect-close';

describe('laser power needed to launch an OMA', () => {
  // OMA 1 mW, ER 3.5 dB → r = 10^0.35 = 2.238721; P_avg = 1·(r+1)/(2(r−1)) = 3.238721/2.477442 = 1.307284 mW.
  it('converts OMA to average power through the extinction ratio', () => {
    expectClose(averagePowerFromOma_mW(0, 3.5), 1.307284, { rtol: 1e-6 });
  });

  // An infinite extinction ratio gives P_avg = OMA/2 (P0 = 0, P1 = OMA).
  it('tends to OMA/2 for a very high extinction ratio', () => {
    expectClose(averagePowerFromOma_mW(0, 60), 0.5, { rtol: 1e-5 });
  });

  // Through 3 dB of excess loss (×1.995262) and at 10 % wall-plug efficiency: 1.307284 × 1.995262 / 0.1 = 26.0838 mW.
  it('divides the optical power by the wall-plug efficiency after the excess loss', () => {
    const inputs = {
      launchOma_dBm: 0,
      extinctionRatio_dB: 3.5,
      excessLoss_dB: 3,
      wallPlugEfficiency: 0.1,
    };
    expectClose(laserOpticalPerLane_mW(inputs), 2.608379, { rtol: 1e-5 });
    expectClose(laserElectricalPerLane_W(inputs), 0.02608379, { rtol: 1e-5 });
  });

  it('rises with the loss it must overcome (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (oma, loss, extra) => {
          const base = {
            launchOma_dBm: oma,
            extinctionRatio_dB: 4,
            excessLoss_dB: loss,
            wallPlugEfficiency: 0.2,
          };
          expect(
            laserElectricalPerLane_W({ ...base, excessLoss_dB: loss + extra }),
          ).toBeGreaterThan(laserElectricalPerLane_W(base));
        },
      ),
      { seed: 20261124, numRuns: 300 },
    );
  });
});

const dr8Like: PowerInputs = {
  lanes: 8,
  laneLineRate_gbps: 106.25,
  moduleRate_gbps: 800,
  laser: {
    launchOma_dBm: -1.3,
    extinctionRatio_dB: 3.5,
    excessLoss_dB: 4,
    wallPlugEfficiency: 0.1,
  },
  laserFixed_W: 0,
  driver_pJ_per_bit: 4,
  tia_pJ_per_bit: 1.5,
  dsp_pJ_per_bit: 7,
  ringTuning_mW_per_lane: 0,
  management_W: 1,
  hostSerdes_pJ_per_bit: 3,
};

describe('energy breakdown', () => {
  it('books each part per line bit, per lane, per module or per payload bit as documented', () => {
    const energy = energyBreakdown(dr8Like);
    const part = (id: string) => energy.parts.find((p) => p.id === id);
    // driver: 4 pJ/bit × 8 × 106.25 Gb/s = 3.4 W; TIA 1.275 W; DSP 5.95 W; host 3 pJ/bit × 800 Gb/s = 2.4 W.
    expectClose(part('driver')?.power_W ?? NaN, 3.4, { rtol: 1e-12 });
    expectClose(part('tia')?.power_W ?? NaN, 1.275, { rtol: 1e-12 });
    expectClose(part('dsp')?.power_W ?? NaN, 5.95, { rtol: 1e-12 });
    expectClose(part('host-serdes')?.power_W ?? NaN, 2.4, { rtol: 1e-12 });
    expectClose(part('management')?.power_W ?? NaN, 1, { rtol: 1e-12 });
    // laser: 8 × averagePower(−1.3 dBm, 3.5 dB) × 10^0.4 / 0.1.
    const laser_W = (8 * averagePowerFromOma_mW(-1.3, 3.5) * 10 ** 0.4) / 0.1 / 1000;
    expectClose(part('laser')?.power_W ?? NaN, laser_W, { rtol: 1e-12 });
  });

  it('adds up: parts = port power, module + host = port, link = two ports, pJ/bit = W ÷ rate', () => {
    const energy = energyBreakdown(dr8Like);
    const sumW = energy.parts.reduce((s, p) => s + p.power_W, 0);
    const sumPj = energy.parts.reduce((s, p) => s + p.energy_pJ_per_bit, 0);
    expectClose(sumW, energy.port_power_W, { rtol: 1e-12 });
    expectClose(sumPj, energy.energy_pJ_per_bit, { rtol: 1e-12 });
    expectClose(energy.module_power_W + energy.host_power_W, energy.port_power_W, { rtol: 1e-12 });
    expectClose(energy.link_power_W, 2 * energy.port_power_W, { rtol: 1e-12 });
    expectClose(energy.energy_pJ_per_bit, (energy.port_power_W / 800) * 1000, { rtol: 1e-12 });
    expect(energy.parts.map((p) => p.id)).toEqual([...energyPartIds]);
  });

  it('books a fixed laser under the laser part', () => {
    const energy = energyBreakdown({ ...dr8Like, laser: null, laserFixed_W: 2.5 });
    expect(energy.parts.find((p) => p.id === 'laser')?.power_W).toBe(2.5);
    // No laser sized to close the link: its optical output does not exist (null, not NaN).
    expect(energy.laser_optical_mW_per_lane).toBeNull();
  });

  it('orders host SerDes classes by reach: none < XSR < VSR < MR < LR', () => {
    const order = (['none', 'XSR', 'VSR', 'MR', 'LR'] as const).map(
      (c) => HOST_SERDES_PJ_PER_BIT[c].value,
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
  });
});
