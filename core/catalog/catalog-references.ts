import type { Reference } from '../references';

/**
 * Sources of the technology catalog (catalog.json), by key, in the shape of REFERENCES
 * (core/references.ts), to be merged into it. Keys already in REFERENCES (TIA_DR8, EC_DR4, AYAR_AI,
 * LINK_MARGIN_EST, …) are reused, not repeated. Trade-press and vendor-blog pages are kept where
 * nothing primary was available; their titles say "weak". The CATALOG_*_EST keys are this
 * catalog's own estimates: each value's provenance note says what it is calibrated to.
 */
export const CATALOG_REFERENCES = {
  // ---- copper ----
  NVIDIA_DAC_LACC: {
    title:
      'NVIDIA Networking docs, "Copper DAC and LACC Cables Overview": 800G twin-port OSFP passive DAC 0.5–2 m straight (splitters to 3 m), 30 AWG to 1 m, 26 AWG for 2–3 m; DAC power 0.1 W per end; linear active copper 3–5 m',
    year: 2025,
    kind: 'datasheet',
    url: 'https://docs.nvidia.com/networking/display/400g100gpam4ovpub/copper-dac-and-lacc-cables-overview',
  },
  ED_POINT2_RETIMER: {
    title:
      'Electronic Design, "112G Mixed-Signal Retimer Helps Deliver 800G Copper Connectivity" (Point2 P1B121): 8 unidirectional 112G channels, 3 W per chip, 3 ns, 15–20× lower latency than DSP retimers',
    year: 2024,
    kind: 'datasheet',
  },
  YDFIBER_AEC: {
    title:
      'ydfiberoptic, 800G OSFP AEC page: AECs fill ~2–7 m cross-rack; 30/32 AWG possible; passive DAC ~2 m at 100G/lane (vendor page, weak)',
    year: 2025,
    kind: 'datasheet',
  },
  SUQIN_COPPER: {
    title:
      'Suqin connectors, "Passive cables, linear amplifiers or retimers": ~2 m passive reach at 112G PAM4 (vendor blog, weak)',
    year: 2025,
    kind: 'datasheet',
  },
  CS_212G_COPPER: {
    title:
      'Connector Supplier, 212G/lane copper article (mirror): IEEE 802.3 200G/lane DAC link budgets studied for 1 m of 26/27 AWG twinax',
    year: 2023,
    kind: 'paper',
  },
  TELEWIRE_CABLES: {
    title:
      'Telewire Tech, "Cable assembly solutions for data centers": passive DAC MTBF "50 M+ hours"; 25G/100G-era AOC ~2.5 W per end (vendor, weak)',
    year: 2025,
    kind: 'datasheet',
  },

  // ---- AOC, multimode, single-mode pluggables ----
  YDFIBER_AOC: {
    title:
      'ydfiberoptic, "AOC vs DAC": 800G AOC reach 2–30 m typical; quotes 2–4 W per end, which conflicts with MOSAIC_MML_SUMMARY (vendor page, weak)',
    year: 2025,
    kind: 'datasheet',
  },
  NVIDIA_MMA4Z00_NS: {
    title: 'NVIDIA MMA4Z00-NS-T 800G twin-port OSFP 2×400G SR4 multimode, 50 m: 15 W',
    year: 2024,
    kind: 'datasheet',
    url: 'https://docs.nvidia.com/networking/display/800gmma4z00nst/overview',
  },
  NVIDIA_MMA4Z00_NS400: {
    title:
      'NVIDIA MMA4Z00-NS400-T / MMA1Z00-NS400-T 400G SR4 OSFP/QSFP112, 50 m: 8 W typical, 9 W max (5 W / 6.5 W in 200G mode)',
    year: 2024,
    kind: 'datasheet',
  },
  NVIDIA_MMS4X00_NS: {
    title: 'NVIDIA MMS4X00-NS-T 800G twin-port OSFP 2×DR4 single mode: 17 W in all configurations',
    year: 2024,
    kind: 'datasheet',
    url: 'https://docs.nvidia.com/networking/display/800gmms4x00nst/overview',
  },
  NVIDIA_MMS4X50_NM: {
    title:
      'NVIDIA MMS4X50-NM 800G twin-port OSFP 2×FR4, 2 km, product specification (power not retrieved)',
    year: 2023,
    kind: 'datasheet',
  },
  ASCENT_SR4: {
    title:
      'Ascent 400G QSFP112 SR4 (IEEE 802.3db) product page: 53.125 GBd PAM4, 60 m OM3 / 100 m OM4, Pavg −4.6…4 dBm',
    year: 2024,
    kind: 'datasheet',
    url: 'https://www.ascentcomtec.com/mobile.php/Solution/detail/id/449.html',
  },
  FWDM_2SR4: {
    title:
      'FiberWDM 800G OSFP 2×SR4 (800G SR8) product page: OMAouter min −2.6 dBm for TDECQ ≤ 1.8 dB (the larger-TDECQ row is cut off in the stored copy)',
    year: 2024,
    kind: 'datasheet',
    url: 'https://de.fiberwdm.com/800g-osfp-2xsr4-850nm-100m-mpo-12-optical-transceiver_p357.html',
  },
  FWDM_LR4_10: {
    title:
      'FiberWDM RQ-400G-LR4 400G QSFP-DD LR4 10 km (100G Lambda MSA 400G-LR4-10): CWDM4 53.125 GBd PAM4, OMAouter ≥ 0.3 dBm (TDECQ < 1.4 dB) or −1.1 + TDECQ, pre-FEC BER 2.4e-4, 12 W max',
    year: 2024,
    kind: 'datasheet',
    url: 'https://fiberwdm.com/400g-qsfp-dd-lr4-10km-optical-transceiver_p221.html',
  },
  SONIC_16T: {
    title:
      'sonic-net/SONiC, "port-1.6t-support" design doc quoting SFF-8024 media IDs for IEEE P802.3dj: 1.6TBASE-DR8 8 × 106.25 GBd, 800GBASE-FR4 4 × 113.4375 GBd PAM4',
    year: 2024,
    kind: 'standard',
    url: 'https://github.com/sonic-net/SONiC/blob/master/doc/port-1.6t-support/port-1.6t-support.md',
  },
  GHIASI_3BM: {
    title:
      'A. Ghiasi et al., "Investigation of PAM-4/6/8 Signaling and FEC for 100 Gb/s Serial Transmission", IEEE 802.3bm contribution: PAM4 with the 802.3bj RS FEC ≈ 100 ns latency',
    year: 2012,
    kind: 'paper',
  },
  WALSUN_800G_FAQ: {
    title:
      'Walsun 800G FAQ (copy of a switch-vendor FAQ, undated; year approximate): 1RU holds 32 OSFP/QSFP-DD, 32 × 800G = 25.6 Tb/s per RU',
    year: 2024,
    kind: 'datasheet',
  },
  AXIOM_LPO_GUIDE: {
    title:
      'Axiom Upgrades, "Linear Pluggable Optics (LPO) guide": representative 400G retimed 10 W vs linear 6 W; 800G retimed 16.5 W vs linear 8.5 W (vendor guide)',
    year: 2025,
    kind: 'datasheet',
  },
  GAZETTABYTE_ADTRAN_LPO: {
    title:
      'Gazettabyte, "Adtran breaks the 1W barrier with 800G linear pluggable optics": first-generation LPO 5–8 W per 800G vs "well over 10 W" with a DSP; LiteWave800 < 1 W with 100G single-mode VCSELs, 500 m',
    year: 2026,
    kind: 'datasheet',
  },
  JNI_LPO: {
    title:
      'JournalNewsInfo, "LPO optical transceivers reshaping data center energy": 800G LPO 8–9 W; DSP > 30 % of module power, > 40 % of cost (weak)',
    year: 2025,
    kind: 'estimate',
  },
  OPTCORE_LRO: {
    title:
      'Optcore, "What is the LRO transceiver?": DSP kept on transmit, removed on receive; 800G DSP modules often > 20 W (vendor blog, weak; no LRO power figure)',
    year: 2025,
    kind: 'datasheet',
  },
  CHIPCRAFT_TH5: {
    title:
      'chipcraft.tech, Tomahawk 5 field study: ~100 ns saved by direct drive (no DSP retiming) (weak)',
    year: 2024,
    kind: 'estimate',
  },
  FIBERMALL_MARVELL_5NM: {
    title:
      'FiberMall News, "Marvell introduces 5 nm 800G PAM4 DSP": 800G module ~13–14 W with a 5 nm DSP, ~12 W possible',
    year: 2022,
    kind: 'datasheet',
  },
  ED_MARVELL_ARA: {
    title:
      'Electronic Design, "3-nm Optical DSP Meets AI\'s Need for Speed" (Marvell Ara): 8 × 200G electrical + optical, integrated modulator drivers, > 20 % lower 1.6T module power',
    year: 2025,
    kind: 'datasheet',
  },
  TARLUZ_800G_FAQ: {
    title:
      'Tarluz 800G FAQ: 800G module power typically 13–18 W; ZR/ZR+ modules around 30 W (vendor FAQ, weak)',
    year: 2025,
    kind: 'datasheet',
  },
  GMODULES_1P6T: {
    title:
      '100gmodules.com, 1.6T transceiver page: 1.6T module "below 25 W" (weak); chinacryo estimates ~17 pJ/bit ≈ 27 W (weak)',
    year: 2025,
    kind: 'estimate',
  },

  // ---- co-packaged optics and external lasers ----
  LFW_BAILLY: {
    title:
      'Laser Focus World, "Broadcom intros Bailly, a co-packaged optics networking switch" (interview): 5.5 W per 800G vs 14–16 W per 800G pluggable; ~30 % system power reduction',
    year: 2023,
    kind: 'datasheet',
  },
  ED_BAILLY: {
    title:
      'Electronic Design, "Broadcom Upgrades Co-Packaged Optics Switch to 51.2 Tb/s": Bailly = Tomahawk 5 with 8 co-packaged optical engines, detachable lasers',
    year: 2023,
    kind: 'datasheet',
  },
  STORAGENEWSLETTER_TH6_DAVISSON: {
    title:
      'Broadcom press release via StorageNewsletter, "Broadcom Shipping Tomahawk 6 – Davisson": 102.4T, 16 × 6.4T Davisson DR engines, 200 Gb/s per channel, 70 % lower optical-interconnect power than pluggables',
    year: 2025,
    kind: 'datasheet',
  },
  JSE_TH6_DAVISSON: {
    title:
      'JSE-HK, TH6-Davisson technical article: electrical channel ~22 dB switch-to-pluggable vs ~4 dB in CPO at 200G; ~30 W → ~9 W per port; field-replaceable ELSFP lasers',
    year: 2025,
    kind: 'datasheet',
  },
  NOTEBOOKCHECK_NVIDIA_PHOTONICS: {
    title:
      'Notebookcheck, "Nvidia unveils photonics switches…": Spectrum-X / Quantum-X Photonics, ~30 W per pluggable port → ~9 W with CPO, 22 dB → ~4 dB electrical loss at 200G/lane, 3.5× power efficiency',
    year: 2025,
    kind: 'datasheet',
  },
  NVIDIA_CPO_BLOG: {
    title:
      'NVIDIA Developer Blog, "How Industry Collaboration Fosters NVIDIA Co-Packaged Optics" (summary): external laser source modules, up to 4× fewer lasers, ~1 laser per 8 data links',
    year: 2025,
    kind: 'datasheet',
  },
  HUANG_GTC2025: {
    title:
      'J. Huang, GTC 2025 keynote (as quoted by Ayar Labs): 6 pluggable transceivers per GPU × 30 W each',
    year: 2025,
    kind: 'datasheet',
  },
  ICO_META_CPO: {
    title:
      'ico-optics.org, "Broadcom–Meta CPO trial surpasses 1M flap-free operating hours" (Bailly field test)',
    year: 2025,
    kind: 'paper',
  },
  GMODULES_CPO_MTBF: {
    title:
      '100gmodules.com, "Pluggable transceiver benefits…", citing Meta ECOC 2025 data via the APNIC blog: CPO ~2.6 M device-hours MTBF vs 0.5–1 M for pluggable modules (secondhand, weak)',
    year: 2026,
    kind: 'estimate',
  },
  WAVESPLITTER_ELSFP_BUDGET: {
    title:
      'Wavesplitter blog, ELSFP budget: reliability budgeting assumption CPO modulator MTBF 100 M h vs laser diode 20 M h (assumption, not measured); split CW sources common in SiPh DR4/DR8',
    year: 2025,
    kind: 'estimate',
  },
  WAVESPLITTER_ELSFP_TYPES: {
    title:
      'Wavesplitter blog, ELSFP types (OIF ELSFP IA summary): 11–26 dBm output classes, 1311 nm / CWDM4 / CW-WDM8 sets, PM-fibre MT ferrules',
    year: 2025,
    kind: 'datasheet',
  },
  PHOTONICA_WPE: {
    title:
      'Photonica.io glossary, "Wall-plug efficiency": 850 nm VCSEL 30–50 % peak; 1310/1550 nm DFB 5–15 % peak',
    year: 2026,
    kind: 'datasheet',
  },
  PHOTONICA_RESPONSIVITY: {
    title:
      'Photonica.io glossary, "Responsivity": ideal 0.68 A/W @850, 1.06 @1310; Si PIN 0.5–0.6 A/W @850; Ge-on-Si waveguide 0.6–1.0 A/W',
    year: 2026,
    kind: 'datasheet',
  },
  MEANDERSQUARE_MT: {
    title:
      'meandersquare, MT-ferrule page: 250 µm fibre pitch (weak; a 127 µm pitch source was not found)',
    year: 2025,
    kind: 'estimate',
  },

  // ---- optical I/O and microLED ----
  LFW_PIPES: {
    title:
      'Laser Focus World, "DARPA PIPES program demonstrates 2 Tbit/s optical interconnects": TeraPHY gen 1 2.56 Tb/s over 24 channels, no FEC; PIPES goals > 100 Tb/s, < 1 pJ/bit, km-scale reach',
    year: 2020,
    kind: 'paper',
  },
  MOSAIC_SIGCOMM: {
    title:
      'Microsoft Research, "Mosaic: Breaking the Optics versus Copper Trade-off with a Wide-and-Slow Architecture and MicroLEDs", ACM SIGCOMM 2025: 100 × 2 Gb/s prototype, imaging fibre, up to 50 m, up to 68 % lower power, ~100× more reliable; AOC failure rate > 100× copper',
    year: 2025,
    kind: 'paper',
  },
  MOSAIC_MML_SUMMARY: {
    title:
      'MiniMicroLED summary of Mosaic: 800G AOC 9.8–12 W per end vs Mosaic 3.1–5.3 W per 800G; 1.6T copper expected < 1 m',
    year: 2025,
    kind: 'paper',
  },
  MOSAIC_FIRSTPASSLAB: {
    title:
      'FirstPassLab, "Microsoft MOSAIC…": Mosaic 3.1–5.3 W per 800G (per end or per link unclear); MediaTek proof of concept, late 2027 target (secondary)',
    year: 2026,
    kind: 'paper',
  },
  AVICENA_TECH: {
    title:
      'Avicena technology pages: blue GaN microLED LightBundle, 0.1–0.5 pJ/bit for 1 mm–10 m, 1–5 Gb/s per lane, no FEC',
    year: 2025,
    kind: 'datasheet',
  },
  AVICENA_EKIT_FORUM: {
    title:
      'cybernative.ai forum summary of Avicena eKit: 80 fJ/bit per LED at 100 µA, ≤ 3.5 Gb/s per lane (weak)',
    year: 2026,
    kind: 'estimate',
  },
  IEEE_SPECTRUM_AVICENA: {
    title:
      'IEEE Spectrum, "Two startups are bringing fiber to the processor" (mirror): Avicena cable = twin 0.5 mm imaging-fibre bundles',
    year: 2023,
    kind: 'paper',
  },

  // ---- coherent ----
  OIF_400ZR_IA: {
    title:
      'OIF Implementation Agreement 400ZR (OIF-400ZR-01.0): DP-16QAM, amplified DWDM links up to 120 km',
    year: 2020,
    kind: 'standard',
  },
  MYT_ROUTER_OPTICS: {
    title:
      'MapYourTech, "The power-per-bit case for router optics": 400ZR 15–20 W in QSFP-DD (OIF target 15 W, shipping ~19 W); ~60 W per 400G on a line card',
    year: 2024,
    kind: 'estimate',
  },
  FTONE_ZRPLUS: {
    title:
      'F-tone / Yellobot 400G QSFP-DD ZR+ datasheet: 21 W typ, 22.5 W max, 7 nm DSP, C-band tunable narrow-linewidth laser',
    year: 2023,
    kind: 'datasheet',
  },
  GROKIPEDIA_800ZR: {
    title:
      'Grokipedia, "800ZR" (aggregator, weak): OIF IA Oct 2024, DP-16QAM at 118.203 GBd, 80–120 km, 150 GHz, oFEC, CD tolerance 2,400 ps/nm',
    year: 2025,
    kind: 'estimate',
  },
  CIGNAL_COHERENT_1Q24: {
    title:
      'Cignal AI, "Coherent Port Pricing Trends 1Q24": coherent price per Gb/s historically −25…−35 %/yr, ~−20 %/yr forecast',
    year: 2024,
    kind: 'paper',
  },
  HTFUTURE_LIGHTCOUNTING: {
    title:
      'HTFuture citing LightCounting, "When will PAM4 and coherent DSP prices drop?": coherent DSP ASP ~10× PAM4 DSP ASP',
    year: 2024,
    kind: 'paper',
  },

  // ---- cost and reliability ----
  LUXOPTX_800G_COST: {
    title:
      'LuxOptX, "800G Optical Module Cost Analysis: TCO Optimization": 800G OSFP DR8 $1,100–1,400, QSFP-DD DR8 $1,000–1,300, OSFP FR4 $1,500–1,900, LPO $700–900, 400G QSFP-DD $600–800, MPO-16 trunk $50–150, LC duplex $20–50 (vendor blog, weak; the only price source)',
    year: 2025,
    kind: 'estimate',
  },
  UNGER_1991: {
    title:
      'B. Unger, J. Spencer, "Fiber in the loop reliability", Optical Engineering 30(6): laser modules 3,000–12,000 FIT, target < 5,000 FIT',
    year: 1991,
    kind: 'paper',
  },

  // ---- this catalog's own estimates ----
  CATALOG_POWER_EST: {
    title:
      "Lightbench catalog estimate: split of a module's power among laser, driver, TIA, DSP and management, calibrated so the power model reproduces the sourced module total named in each note",
    year: 2026,
    kind: 'estimate',
  },
  CATALOG_LASER_EST: {
    title:
      'Lightbench catalog estimate: laser path — excess loss between laser and fibre (coupling, modulator insertion and bias loss, split excess, mux), extinction ratio where no standard minimum applies, lanes per laser',
    year: 2026,
    kind: 'estimate',
  },
  CATALOG_COPPER_EST: {
    title:
      'Lightbench catalog estimate: copper channel — SerDes loss budget at Nyquist, host package/trace and cable-assembly losses, twinax loss per metre; calibrated so the electrical model reproduces the sourced reaches (~2 m passive at 100G/lane, < 1 m at 200G/lane, ~2–7 m retimed)',
    year: 2026,
    kind: 'estimate',
  },
  CATALOG_LINK_EST: {
    title:
      'Lightbench catalog estimate: optical link figures with no published Tx/Rx table in the stored sources, chosen so an IEEE-style budget closes at the sourced reach',
    year: 2026,
    kind: 'estimate',
  },
  CATALOG_COHERENT_EST: {
    title:
      'Lightbench catalog estimate: coherent figures not in the stored sources (800ZR required OSNR scaled from 400ZR by symbol rate)',
    year: 2026,
    kind: 'estimate',
  },
  CATALOG_COST_EST: {
    title:
      'Lightbench catalog estimate: prices with no published figure, placed relative to the LuxOptX 800G price list (LUXOPTX_800G_COST) by the parts they remove or add',
    year: 2026,
    kind: 'estimate',
  },
  CATALOG_VOLUME_EST: {
    title:
      'Lightbench catalog estimate: learning rate per doubling of volume and the reference volume of quoted prices',
    year: 2026,
    kind: 'estimate',
  },
  CATALOG_FIT_EST: {
    title:
      'Lightbench catalog estimate: FIT of parts with no field data in the stored sources, and blast radius by construction',
    year: 2026,
    kind: 'estimate',
  },
  CATALOG_DENSITY_EST: {
    title:
      'Lightbench catalog estimate: geometry with no published figure — optical-engine edge length, fibre and connector counts by construction',
    year: 2026,
    kind: 'estimate',
  },
  CATALOG_LATENCY_EST: {
    title:
      'Lightbench catalog estimate: latency of blocks with no published figure (coherent DSP and FEC, microLED gearbox)',
    year: 2026,
    kind: 'estimate',
  },
} as const satisfies Record<string, Reference>;

export type CatalogReferenceKey = keyof typeof CATALOG_REFERENCES;
