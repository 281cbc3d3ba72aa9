import type { Reference } from '../references';

/**
 * Sources of the signal-integrity models (core/signal/), by key, in the shape of REFERENCES
 * (core/references.ts), to be merged into it. Keys already in REFERENCES (AGRAWAL_FOCS,
 * PROAKIS_DIGCOMM, SACKINGER_BBC, ITU_G652, TIA_SR8) are reused, not repeated.
 */
export const SIGNAL_REFERENCES = {
  THOMSON_1949: {
    title:
      'W. E. Thomson, "Delay networks having maximally flat frequency characteristics", Proc. IEE 96(3), 1949: Bessel–Thomson filters, H(s) = 105/(s⁴+10s³+45s²+105s+105) for order 4, maximally flat group delay',
    year: 1949,
    kind: 'paper',
  },
  IEEE_8023_TDECQ: {
    title:
      'IEEE Std 802.3, 121.8.5.3 TDECQ (as transcribed in the LabPro serdes_sim standards registry): reference receiver a 4th-order Bessel–Thomson response at 0.5× the signalling rate; target SER 4.8e-4 → Q_t = 3.414; TDECQ = 10·log10(OMA/(6·Q_t·σ_G))',
    year: 2017,
    kind: 'standard',
    url: 'https://www.ieee802.org/3/',
  },
  CASPER_STATEYE: {
    title:
      'B. K. Casper, M. Haycock, R. Mooney, "An accurate and efficient analysis method for multi-Gb/s chip-to-chip signaling schemes", Symp. VLSI Circuits 2002: statistical eye from the pulse response, ISI distributions by cursor-by-cursor convolution',
    year: 2002,
    kind: 'paper',
  },
  GAUSSIAN_FILTER: {
    title:
      'Gaussian low-pass response |H(f)| = exp(−(ln 2/2)·(f/f3dB)²), −3 dB at f3dB; 20–80 % rise time 0.2230/f3dB (closed form of the Gaussian step response)',
    year: 2005,
    kind: 'paper',
  },
  SIGNAL_BANDWIDTH_EST: {
    title:
      'Estimate: transmitter (driver + modulator) −3 dB bandwidth of a datacentre IM-DD lane ≈ 0.7× the symbol rate (e.g. 35–40 GHz EMLs at 53 GBd); receiver defaults to the TDECQ reference receiver (0.5× baud Bessel–Thomson)',
    year: 2026,
    kind: 'estimate',
  },
} as const satisfies Record<string, Reference>;

export type SignalReferenceKey = keyof typeof SIGNAL_REFERENCES;
