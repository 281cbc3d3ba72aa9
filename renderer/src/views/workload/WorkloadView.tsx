/** Training workload: placeholder until the view lands. */
export function WorkloadView() {
  return (
    <div className="empty-state" data-testid="workload-view">
      <p>Training workload is not built yet.</p>
    </div>
  );
}
