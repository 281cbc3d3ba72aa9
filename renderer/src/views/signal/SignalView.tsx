import { useDeferredValue, useMemo, useState } from 'react';
import {
  designEye,
  designRxFilter,
  designTxFilter,
  type DesignEye,
  type ImddDesign,
  type ImddLinkResult,
} from '../../../../core';
import { useAppStore } from '../../store/StoreProvider';
import { evaluationOf, selectSelectedDesign } from '../../store/results';
import { saveText } from '../../host/saveExport';
import { BathtubChart } from './BathtubChart';
import { EyeChart } from './EyeChart';
import { SignalCards } from './SignalCards';
import { SignalControls, type SignalSettings, type SliderLimits } from './SignalControls';
import { bathtubCsv, eyeCsv } from './signalData';

function designSettings(design: ImddDesign): SignalSettings {
  const tx = designTxFilter(design);
  const rx = designRxFilter(design);
  return {
    length_m: design.channel.length_m,
    txBandwidth_GHz: tx.bandwidth_GHz,
    rxBandwidth_GHz: rx.bandwidth_GHz,
    txShape: tx.shape,
    rxShape: rx.shape,
    noiseOffset_dB: 0,
    equalizerTaps: 5,
  };
}

function limitsFor(design: ImddDesign): SliderLimits {
  const baud = design.lane.baud_GBd;
  return {
    maxLength_m: Math.max(100, 4 * design.channel.length_m),
    minBandwidth_GHz: Math.round(0.15 * baud),
    maxBandwidth_GHz: Math.round(1.5 * baud),
  };
}

type Computed = { ok: true; signal: DesignEye } | { ok: false; error: string };

function compute(design: ImddDesign, result: ImddLinkResult, settings: SignalSettings): Computed {
  try {
    const signal = designEye(design, result, {
      length_m: settings.length_m,
      noiseOffset_dB: settings.noiseOffset_dB,
      overrides: {
        txBandwidth_GHz: settings.txBandwidth_GHz,
        rxBandwidth_GHz: settings.rxBandwidth_GHz,
        txShape: settings.txShape,
        rxShape: settings.rxShape,
        equalizerTaps: settings.equalizerTaps,
      },
    });
    return { ok: true, signal };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** One IM-DD design's eye, bathtubs and ISI penalty, with local what-if sliders. */
function SignalPanel({ design, result }: { design: ImddDesign; result: ImddLinkResult }) {
  const [settings, setSettings] = useState(() => designSettings(design));
  // Sliders stay responsive: React renders the eye for the latest settings when it can.
  const deferred = useDeferredValue(settings);
  const computed = useMemo(() => compute(design, result, deferred), [design, result, deferred]);
  const levels = design.lane.pam_levels;
  return (
    <>
      <SignalControls
        settings={settings}
        limits={limitsFor(design)}
        baud_GBd={design.lane.baud_GBd}
        onChange={setSettings}
        onReset={() => setSettings(designSettings(design))}
      />
      {computed.ok ? (
        <>
          <SignalCards signal={computed.signal} result={result} baud_GBd={design.lane.baud_GBd} />
          <div className="signal-grid">
            <figure className="chart-panel signal-eye-panel">
              <figcaption>
                <span>
                  Statistical eye — {levels === 2 ? 'NRZ' : `PAM${levels}`}, {design.lane.baud_GBd}{' '}
                  GBd
                </span>
                <button
                  type="button"
                  className="small"
                  data-testid="signal-export-eye-csv"
                  aria-label="Export the eye density grid as CSV"
                  onClick={() => saveText(`${design.id}-eye.csv`, eyeCsv(computed.signal.eye))}
                >
                  CSV
                </button>
              </figcaption>
              <EyeChart eye={computed.signal.eye} exportName={`${design.id}-eye`} />
            </figure>
            <div className="signal-bathtubs">
              <figure className="chart-panel">
                <figcaption>
                  <span>Bathtub — BER vs phase</span>
                  <button
                    type="button"
                    className="small"
                    data-testid="signal-export-bathtub-csv"
                    aria-label="Export both bathtub curves as CSV"
                    onClick={() =>
                      saveText(`${design.id}-bathtubs.csv`, bathtubCsv(computed.signal.eye))
                    }
                  >
                    CSV
                  </button>
                </figcaption>
                <BathtubChart
                  eye={computed.signal.eye}
                  kind="phase"
                  exportName={`${design.id}-bathtub-phase`}
                />
              </figure>
              <figure className="chart-panel">
                <figcaption>Bathtub — BER vs threshold</figcaption>
                <BathtubChart
                  eye={computed.signal.eye}
                  kind="threshold"
                  exportName={`${design.id}-bathtub-threshold`}
                />
              </figure>
            </div>
          </div>
          <p className="signal-note">
            Tx, fibre and Rx as linear filters on a one-UI symbol; ISI from{' '}
            {computed.signal.eye.levels === 2 ? '8 neighbours' : '8 neighbouring symbols'} by
            cursor-by-cursor convolution, Gaussian noise from the receiver at the received OMA. The
            ISI penalty is 10·log₁₀(σ_ideal/σ_G) as in TDECQ; the budget does not use it yet.
          </p>
        </>
      ) : (
        <p className="evaluation-error" role="alert">
          The eye cannot be computed: {computed.error}
        </p>
      )}
    </>
  );
}

/** The Signal tab: statistical eye and bathtubs of the selected IM-DD design. */
export function SignalView() {
  const design = useAppStore(selectSelectedDesign);
  if (design === undefined) return <p className="empty">Select a design on the left.</p>;
  const header = (
    <header className="view-header">
      <h2 id="signal-view-title">{design.name}</h2>
      <p className="view-description">Signal integrity: statistical eye, bathtubs, ISI penalty</p>
    </header>
  );
  if (design.kind !== 'imdd') {
    return (
      <section className="view signal-view" aria-labelledby="signal-view-title">
        {header}
        <div className="empty-state" data-testid="signal-not-applicable">
          <p>
            Not applicable: {design.kind === 'coherent' ? 'a coherent' : 'a copper'} link has no
            intensity-modulated eye.
          </p>
          <p className="empty-hint">
            The Signal view models IM-DD optical lanes (NRZ and PAM); pick one on the left.
          </p>
        </div>
      </section>
    );
  }
  const evaluation = evaluationOf(design);
  return (
    <section className="view signal-view" aria-labelledby="signal-view-title">
      {header}
      {evaluation.ok && evaluation.result.kind === 'imdd' ? (
        <SignalPanel
          key={`${design.id}:${design.channel.length_m}:${design.lane.baud_GBd}:${design.lane.pam_levels}`}
          design={design}
          result={evaluation.result}
        />
      ) : (
        <p className="evaluation-error" role="alert">
          This design cannot be evaluated:{' '}
          {evaluation.ok ? 'not an IM-DD result' : evaluation.error}
        </p>
      )}
    </section>
  );
}
