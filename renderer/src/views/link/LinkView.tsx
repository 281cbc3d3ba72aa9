import { describeInfeasible } from '../../format';
import { useAppStore } from '../../store/StoreProvider';
import { evaluationOf, selectSelectedDesign } from '../../store/results';
import { LaunchPowerChart } from './LaunchPowerChart';
import { MarginCurveChart } from './MarginCurveChart';
import { ResultCards } from './ResultCards';
import { WaterfallChart } from './WaterfallChart';

/** One design's link: headline numbers, the budget waterfall and margin against length. */
export function LinkView() {
  const design = useAppStore(selectSelectedDesign);
  if (design === undefined) {
    return <p className="empty">Select a design on the left.</p>;
  }
  const evaluation = evaluationOf(design);
  return (
    <section className="view link-view" aria-labelledby="link-view-title">
      <header className="view-header">
        <h2 id="link-view-title">{design.name}</h2>
        {design.description === undefined ? null : (
          <p className="view-description" title={design.description}>
            {design.description}
          </p>
        )}
      </header>
      {evaluation.ok ? (
        <>
          <ResultCards result={evaluation.result} />
          {evaluation.result.infeasible === null ? null : (
            <p className="evaluation-error" role="status" data-testid="link-infeasible">
              <strong>{describeInfeasible(evaluation.result.infeasible)}.</strong>{' '}
              {evaluation.result.infeasible.reason}. The numbers that do not exist at this length
              are shown as —; the margin curve shows where the link does close.
            </p>
          )}
          <div className="chart-grid">
            <figure className="chart-panel">
              <figcaption>Link budget</figcaption>
              <WaterfallChart result={evaluation.result} designId={design.id} />
            </figure>
            <figure className="chart-panel">
              <figcaption>Margin vs length</figcaption>
              <MarginCurveChart design={design} result={evaluation.result} />
            </figure>
            {design.kind === 'coherent' && evaluation.result.kind === 'coherent' ? (
              <figure className="chart-panel">
                <figcaption>Margin vs launch power</figcaption>
                <LaunchPowerChart design={design} result={evaluation.result} />
              </figure>
            ) : null}
          </div>
        </>
      ) : (
        <p className="evaluation-error" role="alert">
          This design cannot be evaluated: {evaluation.error}
        </p>
      )}
    </section>
  );
}
