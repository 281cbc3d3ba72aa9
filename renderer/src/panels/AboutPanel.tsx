import { useAppStore } from '../store/StoreProvider';
import { Dialog } from './Dialog';

/** Help → About. */
export function AboutPanel() {
  const closePanel = useAppStore((state) => state.closePanel);
  const showPanel = useAppStore((state) => state.showPanel);
  return (
    <Dialog title="About Lightbench" onClose={closePanel} testId="about-panel">
      <p>
        <strong>Lightbench</strong> explores the design trade-offs of optical interconnects in AI
        datacenters: reach, power, density, cost, reliability and latency of every design, side by
        side, with the assumptions and sources behind each number.
      </p>
      <p>
        Every model is documented under{' '}
        <button type="button" className="link-button" onClick={() => showPanel('methods')}>
          Methods
        </button>
        ; the exported brief carries the same text so a reader can check the work.
      </p>
      <p className="dialog-note">MIT licence · Lightbench developers</p>
    </Dialog>
  );
}
