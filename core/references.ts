import { ownValue } from './own-key';
import type { ProvenanceKind } from './provenance';
import { CATALOG_REFERENCES } from './catalog/catalog-references';
import { FABRIC_REFERENCES } from './fabric/fabric-references';
import { SIGNAL_REFERENCES } from './signal/signal-references';
import { PACKAGE_REFERENCES } from './package/package-references';
import { SUPPLIER_REFERENCES } from './suppliers/suppliers-references';
import { ROADMAP_REFERENCES } from './roadmap/roadmap-references';
import { FLEET_REFERENCES } from './fleet/fleet-references';
import { WORKLOAD_REFERENCES } from './workload/workload-references';
import { PHYSICS_REFERENCES } from './physics/physics-references';

/**
 * Every source a constant, catalog value or example refers to, by key. The app's provenance
 * badges, the Methods page and the brief all resolve keys here.
 */
export interface Reference {
  readonly title: string;
  readonly year: number;
  readonly kind: ProvenanceKind;
  readonly url?: string;
}

export const CORE_REFERENCES = {
  SI_2019: {
    title: 'BIPM, The International System of Units (SI), 9th edition: exact h and c',
    year: 2019,
    kind: 'standard',
    url: 'https://www.bipm.org/en/publications/si-brochure',
  },
  AGRAWAL_FOCS: {
    title:
      'G. P. Agrawal, Fiber-Optic Communication Systems, 4th ed., Wiley: dispersion-induced pulse broadening and power penalty (ch. 2, 5)',
    year: 2010,
    kind: 'paper',
  },
  PROAKIS_DIGCOMM: {
    title:
      'J. G. Proakis, M. Salehi, Digital Communications, 5th ed., McGraw-Hill: M-PAM symbol error probability, Gray-coded bit error rate',
    year: 2008,
    kind: 'paper',
  },
  SACKINGER_BBC: {
    title:
      'E. Säckinger, Broadband Circuits for Optical Fiber Communication, Wiley: receiver sensitivity from input-referred noise, σ = i_n·√B',
    year: 2005,
    kind: 'paper',
  },
  ITU_G652: {
    title:
      'ITU-T Rec. G.652 (11/2016), single-mode fibre: zero-dispersion wavelength 1300–1324 nm, slope ≤ 0.092 ps/(nm²·km); dispersion formula D(λ) = (S0/4)(λ − λ0⁴/λ³)',
    year: 2016,
    kind: 'standard',
    url: 'https://www.itu.int/rec/T-REC-G.652',
  },
  CALEDONIAN_SMF: {
    title:
      'Caledonian Cable, single-mode fibre (G.652.D) properties: cabled attenuation ≤ 0.35 dB/km @1310, ≤ 0.22 @1550, ≤ 0.25 @1625; λ0 1310 ± 11 nm; S0 ≤ 0.093 ps/(nm²·km)',
    year: 2020,
    kind: 'datasheet',
  },
  TIA_568_MMF: {
    title:
      'ANSI/TIA-568.3-D cabled multimode attenuation 3.5 dB/km @850 nm, 1.5 dB/km @1300 nm; TIA-492AAAC OM3 λ0 1295–1340 nm, S0 ≤ 0.105 ps/(nm²·km) (recalled from the standards; not in the stored reference set)',
    year: 2016,
    kind: 'standard',
  },
  TIA_SR8: {
    title:
      'TIA FOTC, 400GBASE-SR8 Application Overview (IEEE 802.3 Clause 138): OM3 70 m / OM4 100 m, channel IL 1.8 / 1.9 dB, EMB OM3 2000, OM4 4700 MHz·km',
    year: 2020,
    kind: 'standard',
    url: 'https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/multimode-standards-update/400gbase-sr8/',
  },
  TIA_SR42: {
    title:
      'TIA FOTC, 400GBASE-SR4.2 Application Overview (IEEE 802.3 Clause 150): OM5 EMB 4700 MHz·km @850 nm, 2470 @953 nm',
    year: 2020,
    kind: 'standard',
    url: 'https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/multimode-standards-update/400gbase-sr4-2/',
  },
  TIA_DR8: {
    title:
      'TIA FOTC, 800GBASE-DR8 Application Overview (IEEE 802.3df): 500 m, channel IL 3.0 dB = 0.5 km × 0.5 dB/km + 2.75 dB',
    year: 2024,
    kind: 'standard',
    url: 'https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/singlemode-standards-update/800gbase-dr8/',
  },
  TIA_FR1: {
    title:
      'TIA FOTC, 100GBASE-FR1 Application Overview (IEEE 802.3 Clause 140): 2 km, channel IL 4.0 dB = 2 km × 0.5 dB/km + 3.0 dB',
    year: 2021,
    kind: 'standard',
    url: 'https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/singlemode-standards-update/100gbase-fr1/',
  },
  TIA_LR8: {
    title:
      'TIA FOTC, 400GBASE-LR8 Application Overview (IEEE 802.3 Clause 122): 10 km, channel IL 6.3 dB with 2.0 dB connection allocation',
    year: 2017,
    kind: 'standard',
    url: 'https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/singlemode-standards-update/400gbase-lr8/',
  },
  EC_DR4: {
    title:
      'Edgecore ET7502-DR4 datasheet, Tx/Rx tables reproducing IEEE 802.3bs Tables 124-6/124-7: OMA min −0.8 dBm, OMA−TDECQ −2.2 dBm, TDECQ ≤ 3.4 dB, Rx sensitivity (OMA) −4.4 dBm',
    year: 2020,
    kind: 'datasheet',
  },
  EC_FR4: {
    title:
      'Edgecore ET7502-FR4 datasheet, Tx/Rx tables (IEEE 802.3cu Clause 151): OMA min −0.3 dBm, OMA−TDECQ −1.7 dBm, TDECQ ≤ 3.4 dB, Rx sensitivity max(−4.6, SECQ − 6.0) dBm',
    year: 2021,
    kind: 'datasheet',
  },
  TRIXON_DR8: {
    title:
      'Trixon 800G OSFP DR8 datasheet, transmitter characteristics: OMA min −0.8 dBm, OMA−TDECQ −2.2 dBm (ER ≥ 5 dB), TDECQ ≤ 3.4 dB, 1304.5–1317.5 nm',
    year: 2023,
    kind: 'datasheet',
    url: 'https://www.trixontech.com/800g-osfp-dr8.html',
  },
  LPO_MSA_DR: {
    title:
      'LPO MSA 100G-DR-LPO (as quoted): 53.125 GBd PAM4 per lane, SMF up to 500 m, RS(544,514); 100GBASE-DR shares the 400GBASE-DR4 lane (IEEE 802.3cd Clause 140)',
    year: 2024,
    kind: 'standard',
  },
  B400G_1599: {
    title:
      'IEEE 802.3 B400G reflector msg01599 (C. Cole), DRn case: channel IL 3.0 dB, MPI/DGD penalty allocation 0.1 dB',
    year: 2022,
    kind: 'standard',
    url: 'https://ieee802.org/3/B400G/email/msg01599.html',
  },
  LABPRO_STD: {
    title:
      'LabPro standards registry transcribing IEEE 802.3: KP4 PMD pre-FEC BER 2.4e-4, KR4 5e-5, TDECQ Q_t = 3.414 at SER 4.8e-4',
    year: 2024,
    kind: 'standard',
  },
  INTEL_KP4: {
    title: 'Intel AN 846 §5.3, 100GBASE-KP4 RS(544,514): 10-bit symbols, corrects 15 symbols',
    year: 2021,
    kind: 'datasheet',
    url: 'https://intel.com/content/www/us/en/docs/programmable/683805/current/100gbase-kp4.html',
  },
  INTEL_KR4: {
    title: 'Intel AN 846 §5.2, 100GBASE-KR4 RS(528,514): 10-bit symbols, corrects 7 symbols',
    year: 2021,
    kind: 'datasheet',
    url: 'https://intel.com/content/www/us/en/docs/programmable/683805/current/100gbase-kr4.html',
  },
  MACHINEU_LR4: {
    title:
      'Arista-compatible 100GBASE-LR4 QSFP28 datasheet (IEEE 802.3ba Clause 88): OMA min −1.3 dBm, LAN-WDM lanes 1295.56/1300.05/1304.58/1309.14 nm, BER 1e-12 without FEC',
    year: 2020,
    kind: 'datasheet',
  },
  IEEE_8023_BER: {
    title: 'IEEE 802.3 PHYs without FEC: BER ≤ 1e-12 (e.g. 100GBASE-LR4, Clause 88)',
    year: 2010,
    kind: 'standard',
  },
  HUAWEI_ZR: {
    title:
      'Huawei NE8000 400G QSFP-DD ZR module (IEEE 802.3cw): DP-16QAM, Tx −10…−6 dBm, Rx −12…0 dBm at OSNR ≥ 26 dB, pre-FEC BER 1.25e-2 (CFEC), PMD 10 ps',
    year: 2022,
    kind: 'datasheet',
  },
  MYT_400ZR: {
    title:
      'MapYourTech, Optical performance engineering for 400ZR: required OSNR 26 dB/0.1 nm, 120 km amplified, CD tolerance 2400 ps/nm, PMD 10 ps',
    year: 2024,
    kind: 'estimate',
    url: 'https://mapyourtech.com/optical-performance-engineering-for-400zr-networks',
  },
  IETF_PLUG: {
    title:
      'IETF draft-rokui-ccamp-actn-wdm-pluggable-modelling: OIF 400ZR DP-16QAM, 478.75 Gb/s line rate, 59.84375 GBd',
    year: 2023,
    kind: 'standard',
    url: 'https://italobusi.github.io/actn-wdm-pluggable-modelling/draft-rokui-ccamp-actn-wdm-pluggable-modelling.html',
  },
  OSNR_58_RULE: {
    title:
      'OSNR of an amplified chain: OSNR(0.1 nm) = P_in − NF − 10·log10(h·ν·B_ref) − 10·log10(N); −10·log10(h·ν·12.5 GHz) ≈ 58 dB at 1550 nm (textbook amplified-link rule)',
    year: 2010,
    kind: 'paper',
  },
  VCSEL_WIDTH_EST: {
    title:
      'Estimate: 850 nm VCSEL RMS spectral width ≤ 0.6 nm, the IEEE 802.3 SR PMD transmitter limit (recalled; not in the stored reference set)',
    year: 2015,
    kind: 'estimate',
  },
  DFB_WIDTH_EST: {
    title:
      'Estimate: effective RMS spectral width of a directly or EML-modulated 1310 nm DFB at 50–100 GBd, including chirp, 0.1–0.2 nm',
    year: 2024,
    kind: 'estimate',
  },
  MMF_ALLOCATION_DERIVED: {
    title:
      'Derived here: 400GBASE-SR8 connection allocation 1.55 dB = published OM4 channel IL 1.9 dB − 0.1 km × 3.5 dB/km (reproduces OM3 1.8 dB within 0.01 dB)',
    year: 2026,
    kind: 'estimate',
  },
  RX_NOISE_EST: {
    title:
      'Estimate: linear TIA input-referred noise density 15–25 pA/√Hz at 50–100 GBd; Ge/InGaAs photodiode responsivity 0.6–1.0 A/W (photonica.io glossary, 2026)',
    year: 2026,
    kind: 'estimate',
  },
  LINK_MARGIN_EST: {
    title:
      'Estimate: engineering margin kept on a data-centre link at its length, 0–3 dB by operator practice',
    year: 2026,
    kind: 'estimate',
  },
  HOST_SERDES_EST: {
    title:
      'Estimate: host SerDes energy by reach class — XSR ≈ 1, VSR ≈ 3, MR ≈ 5 pJ/bit at 100–200G (between UCIe 0.25–0.6 pJ/bit and 112G LR 6–10 pJ/bit)',
    year: 2025,
    kind: 'estimate',
  },
  AYAR_AI: {
    title:
      'Ayar Labs, "Artificial Intelligence": TeraPHY 4 Tb/s, < 5 pJ/bit; 112G long-reach electrical SerDes 6–10 pJ/bit; electrical I/O > 50 Gb/s needs FEC adding tens of ns',
    year: 2024,
    kind: 'datasheet',
    url: 'https://ayarlabs.com/artificial-intelligence',
  },
  PROPAGATION_EST: {
    title:
      'Estimate: propagation delay from group index — silica fibre n_g ≈ 1.468 (≈ 4.9 ns/m), twinax velocity factor ≈ 0.7 (≈ 4.8 ns/m)',
    year: 2024,
    kind: 'estimate',
  },
  IMAGING_FIBER_EST: {
    title:
      'Estimate: multicore imaging fibre for microLED links — loss 0.1–1 dB/m, per-core bandwidth a few hundred MHz·km (no standard; Mosaic and Avicena publish reach, not fibre data)',
    year: 2025,
    kind: 'estimate',
  },
  TCO_ASSUMPTIONS_EST: {
    title: 'Estimate: TCO assumptions — electricity 0.08 USD/kWh, PUE 1.3, 5-year network life',
    year: 2026,
    kind: 'estimate',
  },
  DATASHEET_IMPORT: {
    title: 'Supplier datasheet imported from CSV (vendor, part and line in each value’s note)',
    year: 2026,
    kind: 'datasheet',
  },
  V1_MIGRATION_DEFAULTS: {
    title:
      'Generic technology defaults filled in when a version-1 scenario was upgraded (DSP pluggable or coherent module); replace with your own figures',
    year: 2026,
    kind: 'estimate',
  },
} as const satisfies Record<string, Reference>;

/** Every source: the models' and examples' (above) and the technology catalog's. */
export const REFERENCES = {
  ...CORE_REFERENCES,
  ...CATALOG_REFERENCES,
  ...FABRIC_REFERENCES,
  ...SIGNAL_REFERENCES,
  ...PACKAGE_REFERENCES,
  ...SUPPLIER_REFERENCES,
  ...ROADMAP_REFERENCES,
  ...FLEET_REFERENCES,
  ...WORKLOAD_REFERENCES,
  ...PHYSICS_REFERENCES,
} as const satisfies Record<string, Reference>;

export type ReferenceKey = keyof typeof REFERENCES;

export function referenceFor(key: string): Reference | undefined {
  return ownValue(REFERENCES as Record<string, Reference>, key);
}
