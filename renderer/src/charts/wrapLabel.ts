/**
 * Breaks a category or annotation label into lines of about `width` characters at spaces, joined
 * with Plotly's `<br>`, so long budget-step names stack instead of colliding on the axis.
 */
export function wrapLabel(text: string, width = 12): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('<br>');
}
