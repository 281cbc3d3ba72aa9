import katex from 'katex';
import methodsData from './methods.generated.json';

/**
 * The Methods documentation: every model's equations, assumptions, valid ranges and references,
 * extracted from the `@method` doc comments in the model files by scripts/extract-methods.mjs (a
 * test fails when this file is stale), so the app, the brief and the code say the same thing.
 */
export interface Method {
  readonly id: string;
  readonly title: string;
  readonly file: string;
  /** Prose, with "{{equation n}}" placeholders where equation n stands. */
  readonly paragraphs: readonly string[];
  /** LaTeX. */
  readonly equations: readonly string[];
  readonly assumptions: readonly string[];
  readonly validity: readonly string[];
  readonly references: readonly string[];
}

export const METHODS: readonly Method[] = methodsData;

export function methodById(id: string): Method | undefined {
  return METHODS.find((method) => method.id === id);
}

/**
 * An equation typeset as MathML (KaTeX), which browsers render without fonts or scripts, so it
 * works in a self-contained brief and under the app's content-security policy alike.
 */
export function equationMathMl(latex: string, displayMode = true): string {
  return katex.renderToString(latex, { output: 'mathml', displayMode, throwOnError: true });
}

/** "{{equation 2}}" → 2, or null for prose. */
export function equationIndex(paragraph: string): number | null {
  const match = /^\{\{equation (\d+)\}\}$/.exec(paragraph);
  return match ? Number(match[1]) : null;
}
