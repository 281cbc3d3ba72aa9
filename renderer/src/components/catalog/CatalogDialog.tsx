import { useEffect, useId, useRef, useState } from 'react';
import type { Design } from '../../../../core';
import { useAppStore } from '../../store/StoreProvider';
import { CATEGORY_LABELS } from './categories';
import { CATALOG } from './catalog';

function matches(design: Design, query: string): boolean {
  if (query === '') return true;
  const haystack = [
    design.name,
    design.id,
    CATEGORY_LABELS[design.technology.category],
    design.technology.form_factor,
    design.description ?? '',
  ]
    .join(' ')
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

/**
 * A modal list of catalog entries; "Add" puts a copy in the scenario under a fresh id and selects
 * it. Uses the native <dialog>: focus trapping, Escape and the backdrop come from the browser.
 */
export function CatalogDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [query, setQuery] = useState('');
  const addDesign = useAppStore((state) => state.addDesign);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const entries = CATALOG.filter((design) => matches(design, query.trim()));
  return (
    <dialog
      ref={dialog}
      className="catalog-dialog"
      aria-labelledby={titleId}
      data-testid="catalog-dialog"
      onClose={onClose}
    >
      <header className="catalog-header">
        <h2 id={titleId}>Add from catalog</h2>
        <input
          type="search"
          className="field-input catalog-filter"
          placeholder="Filter by name, category, form factor…"
          aria-label="Filter catalog"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="button" className="small ghost" aria-label="Close catalog" onClick={onClose}>
          ×
        </button>
      </header>
      <ul className="catalog-list">
        {entries.map((design) => (
          <li key={design.id} className="catalog-entry" data-testid={`catalog-entry-${design.id}`}>
            <div className="catalog-text">
              <span className="catalog-name">{design.name}</span>
              <span className="catalog-category">
                {CATEGORY_LABELS[design.technology.category]} · {design.technology.form_factor}
              </span>
              {design.description === undefined ? null : (
                <span className="catalog-description" title={design.description}>
                  {design.description}
                </span>
              )}
            </div>
            <button
              type="button"
              className="small"
              aria-label={`Add ${design.name} to the scenario`}
              data-testid={`catalog-add-${design.id}`}
              onClick={() => {
                addDesign(design);
                onClose();
              }}
            >
              Add
            </button>
          </li>
        ))}
        {entries.length === 0 ? <li className="empty">No catalog entry matches.</li> : null}
      </ul>
    </dialog>
  );
}
