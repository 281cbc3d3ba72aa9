/** A one-line progress bar redrawn in place on stderr, at most ten times a second. */
export interface Progress {
  readonly update: (done: number) => void;
  /** Erases the bar so the summary line takes its place. */
  readonly clear: () => void;
}

const WIDTH = 30;

export function progressBar(
  total: number,
  unit: string,
  write: (text: string) => void,
  now: () => number = () => performance.now(),
): Progress {
  const started = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(done) {
      const time = now();
      if (time - last < 100 && done < total) return;
      last = time;
      drawn = true;
      const share = total === 0 ? 1 : done / total;
      const filled = Math.round(share * WIDTH);
      const elapsed_s = (time - started) / 1000;
      const eta =
        share > 0 && share < 1 ? ` ETA ${((elapsed_s / share) * (1 - share)).toFixed(0)} s` : '';
      write(
        `\r[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${done}/${total} ${unit} ${elapsed_s.toFixed(1)} s${eta}\x1b[K`,
      );
    },
    clear() {
      if (drawn) write('\r\x1b[K');
    },
  };
}
