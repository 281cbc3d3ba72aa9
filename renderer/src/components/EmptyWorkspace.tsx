import { useState } from 'react';
import { runCommand } from '../app/commands';
import { useAppStoreApi } from '../store/StoreProvider';
import { CatalogDialog } from './catalog/CatalogDialog';

/** What a newcomer sees with no designs: the three ways to get some. */
export function EmptyWorkspace() {
  const store = useAppStoreApi();
  const [catalogOpen, setCatalogOpen] = useState(false);
  return (
    <section className="empty-workspace" data-testid="empty-workspace">
      <h2>No designs in this scenario yet</h2>
      <p>
        Start from a catalog entry (standard modules, CPO, LPO, copper…), open a saved scenario, or
        import your suppliers’ datasheets as a CSV file.
      </p>
      <div className="empty-actions">
        <button type="button" className="primary" onClick={() => setCatalogOpen(true)}>
          Add from catalog…
        </button>
        <button type="button" onClick={() => runCommand(store, 'file.open')}>
          Open…
        </button>
        <button type="button" onClick={() => runCommand(store, 'file.import-csv')}>
          Import datasheet…
        </button>
      </div>
      <CatalogDialog open={catalogOpen} onClose={() => setCatalogOpen(false)} />
    </section>
  );
}
