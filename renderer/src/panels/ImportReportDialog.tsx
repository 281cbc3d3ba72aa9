import type { ImportReport } from '../store/exchangeSlice';
import { useAppStore } from '../store/StoreProvider';
import { Dialog } from './Dialog';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** What a datasheet import added and, row by row, what it rejected and why. */
export function ImportReportDialog({ report }: { report: ImportReport }) {
  const dismiss = useAppStore((state) => state.dismissImportReport);
  const { imported, rejected } = report;
  return (
    <Dialog title={`Imported ${report.fileName}`} onClose={dismiss} testId="import-report" wide>
      <p data-testid="import-summary">
        {imported.length === 0
          ? 'No design was imported.'
          : `Imported ${plural(imported.length, 'design')} as one step (Undo removes them all).`}
        {rejected.length > 0 ? ` ${plural(rejected.length, 'row')} rejected.` : null}
      </p>
      {imported.length > 0 ? (
        <ul className="import-added">
          {imported.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ) : null}
      {rejected.length > 0 ? (
        <table className="import-rejected" data-testid="import-rejected">
          <caption>Rejected rows — fix them in the file and import it again</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Name</th>
              <th scope="col">Reasons</th>
            </tr>
          </thead>
          <tbody>
            {rejected.map((row) => (
              <tr key={row.line} data-testid={`rejected-line-${row.line}`}>
                <td className="numeric">{row.line}</td>
                <td>{row.name || '—'}</td>
                <td>
                  <ul>
                    {row.reasons.map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Dialog>
  );
}
