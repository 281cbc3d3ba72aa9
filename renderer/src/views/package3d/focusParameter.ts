/**
 * Brings a parameter into view in the inspector (the right-hand pane) and focuses it. The
 * inspector renders each field's input with id `field-<design id>-<path>`; a clicked 3D part names
 * its path. Called after a selection change, so it retries for a few frames while React renders.
 * (A store-level "focused field" that the inspector scrolls to itself would replace this DOM lookup.)
 */
export function focusParameter(designId: string, path: string, attempts = 10): void {
  const input = document.getElementById(`field-${designId}-${path}`);
  if (input === null) {
    if (attempts > 0) requestAnimationFrame(() => focusParameter(designId, path, attempts - 1));
    return;
  }
  input.scrollIntoView({ block: 'center' });
  input.focus({ preventScroll: true });
  const row = input.closest('.field');
  if (row !== null) {
    row.classList.remove('field-flash');
    // Restart the animation when the same field is picked twice.
    void (row as HTMLElement).offsetWidth;
    row.classList.add('field-flash');
    setTimeout(() => row.classList.remove('field-flash'), 1600);
  }
}
