import type { Reference } from '../references';

/**
 * Sources of the physics-depth models (worst-case dispersion, RIN, MPI, crosstalk, GN model,
 * transceiver noise, temperature), merged into REFERENCES by core/references.ts.
 */
export const PHYSICS_REFERENCES = {
  IEEE_8023_CD_WINDOW: {
    title:
      'IEEE Std 802.3 single-mode PMD clauses (802.3cu-2021 and earlier; recalled from the standard, the text is not in the stored set): chromatic dispersion limits from D(λ) = 0.093/4·(λ − λ0⁴/λ³) with λ0 = 1324 nm (minimum) and 1300 nm (maximum) at the lane wavelength corners; 400GBASE-DR4 −0.93/+0.80 ps/nm over 500 m (Table 124-11, via LabPro/brown_3df_03c_2212)',
    year: 2022,
    kind: 'standard',
  },
  EC_FR4_TX: {
    title:
      'Edgecore ET7502-FR4 (400G QSFP-DD FR4) datasheet p.2, transmitter table mirroring IEEE 802.3cu: RIN17.1OMA ≤ −136 dB/Hz, optical return loss tolerance 17.1 dB',
    year: 2021,
    kind: 'datasheet',
    url: 'http://38.142.81.21:8001/manual/edgecore-networks/et7502-fr4/datasheet-english/page-2.html',
  },
  IEEE_8023_RIN: {
    title:
      'IEEE Std 802.3 RIN test method (recalled from the standard, not in the stored set): RIN = 10·log10(P_N / (BW·P_M)), P_M the electrical power of square-wave modulation, i.e. RIN referred to OMA (RINxOMA)',
    year: 2018,
    kind: 'standard',
  },
  IEEE_8023_MPI: {
    title:
      'V. Bhatt, J. King, B. Smith, "Estimating MPI Penalty", IEEE 802.3bs (Jan 2016): upper-bound model over reflector pairs, amplitude and attenuation discounts; the 10GEPBud link spreadsheet discounts the upper bound by 0.6 for phase randomisation (A. Farhood, 100GNGOPTX reflector msg00824)',
    year: 2016,
    kind: 'standard',
    url: 'https://documents.pub/document/estimating-mpi-penalty-plan-of-this-presentation-1describe-upper-bound-model.html',
  },
  IEEE_8023_MPI_STAT: {
    title:
      'IEEE 802.3 400GSG reflector msg00229: PAM4, 4 connectors and Tx/Rx at 26 dB return loss, ER 6 dB: 6.2 dB (upper bound, bhatt_01_0512), 3.81 dB (statistical, farhood_01_1112_optx)',
    year: 2013,
    kind: 'standard',
    url: 'http://www.ieee802.org/3/400GSG/email/msg00229.html',
  },
  RAMASWAMI_OPTNET: {
    title:
      'R. Ramaswami, K. Sivarajan, G. Sasaki, Optical Networks: A Practical Perspective, 3rd ed., Morgan Kaufmann: worst-case interchannel (incoherent) crosstalk penalty −10·log10(1 − ε)',
    year: 2010,
    kind: 'paper',
  },
  PADMARAJU_RING_THERMAL: {
    title:
      'K. Padmaraju, K. Bergman, "Resolving the thermal challenges for silicon microring resonator devices", Nanophotonics 3(4–5) 2014 (aop 2013): silicon ring resonances drift ≈ 0.08–0.1 nm/K; heaters and feedback hold them',
    year: 2013,
    kind: 'paper',
    url: 'https://vdocuments.net/kishore-padmaraju-and-keren-bergman-resolving-the-kishorepublicationsnp2013pdf.html',
  },
  DAI_RING_HEATER: {
    title:
      'D. Dai, L. Yang, S. He, "Ultrasmall thermally tunable microring resonator with a submicrometer heater on Si nanowires", J. Lightwave Technol. 26(6) 704–709, 2008: ~20 nm tuning for 5 mW (simulated)',
    year: 2008,
    kind: 'paper',
    url: 'https://manuscript.isc.ac/Inventory/49/1124753.htm',
  },
  LASER_TEMPERATURE_EST: {
    title:
      'Lightbench estimate: uncooled InP DFB/EML wall-plug efficiency falls with one characteristic temperature ≈ 100 K (60–200 K) about the 25 °C datasheet reference; no stored datasheet gives WPE against case temperature',
    year: 2026,
    kind: 'estimate',
  },
} as const satisfies Record<string, Reference>;
