import { useState } from 'react';
import type { Design } from '../../../core';
import { CatalogDialog } from './catalog/CatalogDialog';
import { formatDecibels, formatLength } from '../format';
import { evaluationOf } from '../store/results';
import { useAppStore } from '../store/StoreProvider';

const KIND_LABELS: Record<Design['kind'], string> = {
  imdd: 'IM-DD',
  coherent: 'Coherent',
  electrical: 'Copper',
};

function DesignItem({ design, selected }: { design: Design; selected: boolean }) {
  const selectDesign = useAppStore((state) => state.selectDesign);
  const evaluation = evaluationOf(design);
  const status = !evaluation.ok
    ? 'error'
    : evaluation.result.meets_required_margin
      ? 'pass'
      : 'fail';
  const infeasible = evaluation.ok ? evaluation.result.infeasible : null;
  return (
    <li>
      <button
        type="button"
        className={selected ? 'design-item selected' : 'design-item'}
        aria-current={selected ? 'true' : undefined}
        data-testid={`design-item-${design.id}`}
        onClick={() => selectDesign(design.id)}
      >
        <span className="design-name" title={design.name}>
          {design.name}
        </span>
        <span className="design-meta">
          <span className="design-kind">{KIND_LABELS[design.kind]}</span>
          {evaluation.ok ? <span>{formatLength(evaluation.result.length_m)}</span> : null}
        </span>
        <span
          className={`design-margin status-${status}`}
          title={infeasible ? infeasible.reason : 'Link margin at the design length'}
        >
          {!evaluation.ok
            ? 'error'
            : infeasible
              ? 'infeasible'
              : formatDecibels(evaluation.result.link_margin_dB)}
        </span>
      </button>
    </li>
  );
}

/** Add from the catalog, duplicate or remove the selected design. */
function DesignActions() {
  const selectedId = useAppStore((state) => state.selectedDesignId);
  const duplicateDesign = useAppStore((state) => state.duplicateDesign);
  const removeDesign = useAppStore((state) => state.removeDesign);
  const [catalogOpen, setCatalogOpen] = useState(false);
  return (
    <div className="design-actions" role="toolbar" aria-label="Design actions">
      <button
        type="button"
        className="small"
        data-testid="design-add-from-catalog"
        onClick={() => setCatalogOpen(true)}
      >
        Add from catalog…
      </button>
      <button
        type="button"
        className="small"
        aria-label="Duplicate the selected design"
        data-testid="design-duplicate"
        disabled={selectedId === null}
        onClick={() => {
          if (selectedId !== null) duplicateDesign(selectedId);
        }}
      >
        Duplicate
      </button>
      <button
        type="button"
        className="small"
        aria-label="Remove the selected design"
        data-testid="design-remove"
        disabled={selectedId === null}
        onClick={() => {
          if (selectedId !== null) removeDesign(selectedId);
        }}
      >
        Remove
      </button>
      <CatalogDialog open={catalogOpen} onClose={() => setCatalogOpen(false)} />
    </div>
  );
}

/** The left-hand pane: every design in the scenario with its headline margin. */
export function DesignList() {
  const designs = useAppStore((state) => state.scenario.designs);
  const selectedId = useAppStore((state) => state.selectedDesignId);
  return (
    <nav className="design-list" aria-label="Designs">
      <div className="design-list-head">
        <h2 className="pane-title">
          Designs <span className="count">{designs.length}</span>
        </h2>
        <DesignActions />
      </div>
      {designs.length === 0 ? (
        <p className="empty">
          No designs yet: add one from the catalog, open a file or import a datasheet.
        </p>
      ) : (
        <ul>
          {designs.map((design) => (
            <DesignItem key={design.id} design={design} selected={design.id === selectedId} />
          ))}
        </ul>
      )}
    </nav>
  );
}
