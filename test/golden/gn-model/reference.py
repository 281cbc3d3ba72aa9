#!/usr/bin/env python3
"""Independent reference for Lightbench's GN model: GNPy's `gn_model_analytic` re-derived.

Re-implements, from the formulas in GNPy's gnpy/core/science_utils.py (NliSolver._gn_analytic and
_psi, eq. 120/123 of arXiv:1209.0394) and gnpy/core/elements.py (Edfa.noise_profile, Fiber.beta2,
Fiber.alpha), the GSNR of N x 80 km SSMF spans, in GNPy's own matrix form over the whole comb:
every channel is a CUT, every channel a pump, frequencies on GNPy's grid
f_min + spacing * i (i = 1 .. floor((f_max - f_min) / spacing)), beta2 at the 193.5 THz
reference frequency. No GNPy code is imported or copied; only numpy. Writes reference.json.
Run: python3 test/golden/gn-model/reference.py
"""
import json
import math
from pathlib import Path

import numpy as np

H = 6.62607015e-34  # J s (SI 2019)
C = 299792458.0  # m/s
REF_FREQUENCY = 193.5e12  # GNPy Fiber ref_frequency default
B_REF = 12.5e9  # 0.1 nm

FIBER = dict(loss_dB_per_km=0.2, dispersion_ps_per_nm_km=16.7, gamma_per_W_km=1.27, span_km=80.0)
NF_DB = 5.5
BAUD = 32e9
SPACING = 50e9
F_MIN, F_MAX = 191.3e12, 196.1e12  # GNPy's default SI band


def comb(load):
    if load == 'full-c-band':
        n = int(math.floor((F_MAX - F_MIN) / SPACING))
        return np.array([F_MIN + SPACING * i for i in range(1, n + 1)])
    # two channels at the centre of the band: the CUT and one neighbour below it
    cut = F_MIN + SPACING * 49
    return np.array([cut - SPACING, cut])


def gsnr_all_channels(freqs, power_W, spans):
    alpha = FIBER['loss_dB_per_km'] * 1e-3 / (10 * math.log10(math.e))  # Np/m (power)
    length = FIBER['span_km'] * 1e3
    l_eff = (1 - math.exp(-alpha * length)) / alpha
    l_a = 1 / alpha
    d = FIBER['dispersion_ps_per_nm_km'] * 1e-6  # s/m^2
    beta2 = abs(-((C / REF_FREQUENCY) ** 2) * d / (2 * math.pi * C))
    gamma = FIBER['gamma_per_W_km'] * 1e-3
    n = freqs.size
    df = np.subtract.outer(freqs, freqs).T  # df[i, j] = f_j - f_i (pump minus CUT)
    psi = (np.arcsinh(math.pi ** 2 * l_a * beta2 * BAUD * (df + BAUD / 2))
           - np.arcsinh(math.pi ** 2 * l_a * beta2 * BAUD * (df - BAUD / 2))) / 2
    psi *= l_eff ** 2 / (2 * math.pi * beta2 * l_a)
    weight = np.full((n, n), 32 / 27)
    np.fill_diagonal(weight, 16 / 27)
    eta = gamma ** 2 * weight * psi / BAUD ** 2  # 1/W^2, NLI in the CUT's bandwidth B
    p = np.full(n, power_W)
    nli_span = p * (eta @ (p ** 2))  # W at the span input
    span_loss = 10 ** (FIBER['loss_dB_per_km'] * FIBER['span_km'] / 10)
    ase_span = H * freqs * BAUD * 10 ** (NF_DB / 10) * span_loss  # W at the span input
    snr_ase = p / (spans * ase_span)
    snr_nli = p / (spans * nli_span)
    gsnr = 1 / (1 / snr_ase + 1 / snr_nli)
    return snr_ase, snr_nli, gsnr, eta


def db(x):
    return 10 * np.log10(x)


def main():
    cases = []
    for load in ('full-c-band', 'two-channel'):
        freqs = comb(load)
        cut = freqs.size // 2  # GNPy index of the centre channel (upper of the two middle ones)
        for launch_dBm in (0.0, -2.0):
            for spans in (1, 5, 10, 20):
                snr_ase, snr_nli, gsnr, eta = gsnr_all_channels(freqs, 10 ** (launch_dBm / 10) * 1e-3, spans)
                cases.append(dict(
                    load=load, channels=int(freqs.size), cut_frequency_THz=freqs[cut] / 1e12,
                    launch_dBm_per_ch=launch_dBm, spans=spans,
                    osnr_ase_signal_dB=float(db(snr_ase[cut])),
                    snr_nli_signal_dB=float(db(snr_nli[cut])),
                    gsnr_signal_dB=float(db(gsnr[cut])),
                    gsnr_0p1nm_dB=float(db(gsnr[cut]) + db(BAUD / B_REF)),
                    eta_span_per_W2=float(eta[cut].sum()),
                ))
    out = dict(fiber=FIBER, nf_dB=NF_DB, baud_GBd=BAUD / 1e9, spacing_GHz=SPACING / 1e9,
               reference_frequency_THz=REF_FREQUENCY / 1e12, cases=cases)
    path = Path(__file__).with_name('reference.json')
    path.write_text(json.dumps(out, indent=1) + '\n')
    for c in cases:
        print(f"{c['load']:12s} N={c['spans']:2d} P={c['launch_dBm_per_ch']:+.0f} dBm  "
              f"OSNR_ASE {c['osnr_ase_signal_dB']:.3f}  SNR_NLI {c['snr_nli_signal_dB']:.3f}  "
              f"GSNR {c['gsnr_signal_dB']:.3f} dB (signal bw)")


if __name__ == '__main__':
    main()
