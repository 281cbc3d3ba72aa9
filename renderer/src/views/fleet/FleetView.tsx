/** Fleet telemetry: placeholder until the view lands. */
export function FleetView() {
  return (
    <div className="empty-state" data-testid="fleet-view">
      <p>Fleet telemetry is not built yet.</p>
    </div>
  );
}
