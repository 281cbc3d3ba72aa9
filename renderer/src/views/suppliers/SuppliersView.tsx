/** Supplier qualification: placeholder until the view lands. */
export function SuppliersView() {
  return (
    <div className="empty-state" data-testid="suppliers-view">
      <p>Supplier qualification is not built yet.</p>
    </div>
  );
}
