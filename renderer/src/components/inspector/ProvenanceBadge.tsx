import { REFERENCES } from '../../../../core';
import type { Reference } from '../../../../core';
import type { Design } from '../../../../core';

const references: Readonly<Record<string, Reference | undefined>> = REFERENCES;

/** Where a parameter's value comes from: source id, year and kind, with the full title on hover. */
export function ProvenanceBadge({ design, path }: { design: Design; path: string }) {
  const provenance = design.provenance?.[path];
  if (provenance === undefined) return null;
  const reference = references[provenance.source];
  const details = [
    reference?.title ?? provenance.source,
    provenance.range === undefined
      ? undefined
      : `range ${provenance.range[0]} … ${provenance.range[1]}`,
    provenance.note,
  ].filter((line) => line !== undefined);
  return (
    <span
      className={`provenance provenance-${provenance.kind}`}
      title={details.join('\n')}
      data-testid={`provenance-${path}`}
    >
      <span className="provenance-kind">{provenance.kind}</span>
      <span className="provenance-source">{provenance.source}</span>
      <span className="provenance-year">{provenance.year}</span>
    </span>
  );
}
