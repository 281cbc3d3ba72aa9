import { useEffect, useMemo, useRef } from 'react';
import { equationIndex, equationMathMl, METHODS, referenceFor } from '../../../core';
import type { Method } from '../../../core';
import { useAppStore } from '../store/StoreProvider';
import { Dialog } from './Dialog';

/** KaTeX's MathML for one equation; the LaTeX itself if it does not typeset. */
function mathMl(latex: string): string {
  try {
    return equationMathMl(latex);
  } catch {
    return `<code>${latex.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</code>`;
  }
}

function MethodEntry({ method }: { method: Method }) {
  // Typeset once per method: the MathML is static (KaTeX output from the bundled methods file).
  const equations = useMemo(() => method.equations.map(mathMl), [method]);
  return (
    <article className="method" id={`method-${method.id}`} data-testid={`method-${method.id}`}>
      <h3>{method.title}</h3>
      <p className="method-source">
        Source: <code>{method.file}</code>
      </p>
      {method.paragraphs.map((paragraph, index) => {
        const equation = equationIndex(paragraph);
        return equation === null ? (
          <p key={index}>{paragraph}</p>
        ) : (
          <div
            key={index}
            className="method-equation"
            // Trusted: KaTeX's MathML of the equations bundled with the app, never user input.
            dangerouslySetInnerHTML={{ __html: equations[equation] ?? '' }}
          />
        );
      })}
      {method.assumptions.length > 0 ? (
        <>
          <h4>Assumptions</h4>
          <ul>
            {method.assumptions.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {method.validity.length > 0 ? (
        <>
          <h4>Valid range</h4>
          <ul>
            {method.validity.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {method.references.length > 0 ? (
        <>
          <h4>References</h4>
          <ul className="method-references">
            {method.references.map((key) => {
              const reference = referenceFor(key);
              return (
                <li key={key}>
                  <strong>{key}</strong>
                  {reference === undefined ? (
                    ' — not in the reference list'
                  ) : (
                    <>
                      {' — '}
                      {reference.title} ({reference.year}, {reference.kind})
                      {reference.url === undefined ? null : (
                        <>
                          {' '}
                          <a href={reference.url} target="_blank" rel="noreferrer">
                            {reference.url}
                          </a>
                        </>
                      )}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </article>
  );
}

/** Help → Methods: how every number is computed, from the same text the brief prints. */
export function MethodsPanel() {
  const closePanel = useAppStore((state) => state.closePanel);
  const methodId = useAppStore((state) => state.methodId);
  const body = useRef<HTMLDivElement>(null);
  const methods = useMemo(() => [...METHODS].sort((a, b) => a.title.localeCompare(b.title)), []);

  useEffect(() => {
    if (methodId === null) return;
    body.current?.querySelector(`#method-${CSS.escape(methodId)}`)?.scrollIntoView();
  }, [methodId]);

  const jump = (id: string) =>
    body.current?.querySelector(`#method-${CSS.escape(id)}`)?.scrollIntoView({ block: 'start' });

  return (
    <Dialog title="Methods" onClose={closePanel} testId="methods-panel" wide>
      <div className="methods-layout">
        <nav className="methods-index" aria-label="Methods index">
          <ul>
            {methods.map((method) => (
              <li key={method.id}>
                <button type="button" className="link-button" onClick={() => jump(method.id)}>
                  {method.title}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="methods-body" ref={body}>
          <p className="methods-intro">
            How Lightbench computes each number: the models’ equations, what they assume, where they
            hold and their sources. The same text is printed in the exported brief.
          </p>
          {methods.map((method) => (
            <MethodEntry key={method.id} method={method} />
          ))}
        </div>
      </div>
    </Dialog>
  );
}
