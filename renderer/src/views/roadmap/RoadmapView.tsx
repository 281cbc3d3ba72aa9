/** Roadmap and launch gates: placeholder until the view lands. */
export function RoadmapView() {
  return (
    <div className="empty-state" data-testid="roadmap-view">
      <p>Roadmap and launch gates is not built yet.</p>
    </div>
  );
}
