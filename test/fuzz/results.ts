/** One campaign's counts: each input counts at most once per kind of defect. */
export type DefectKind = 'crashes' | 'hangs' | 'nonFinite' | 'pollution' | 'filesLeft' | 'other';
export const DEFECT_KINDS: readonly DefectKind[] = [
  'crashes',
  'hangs',
  'nonFinite',
  'pollution',
  'filesLeft',
  'other',
];

export interface Finding {
  readonly kind: DefectKind;
  readonly index: number;
  readonly detail: string;
  /** What the input was (seed file and mutations, the CSV text, the command line). */
  readonly input: string;
}

/** Findings that differ only in numbers and indices are one finding, counted. */
const signature = (kind: DefectKind, detail: string) =>
  `${kind} ${detail.replace(/\d+(\.\d+)?/g, 'N')}`;

/** Distinct findings kept per campaign (the counts stay exact past it). */
const MAX_FINDINGS = 40;

export class CampaignResult {
  inputs = 0;
  readonly counts: Record<DefectKind, number> = {
    crashes: 0,
    hangs: 0,
    nonFinite: 0,
    pollution: 0,
    filesLeft: 0,
    other: 0,
  };
  /** The first input of each distinct finding, with how many inputs showed it. */
  readonly findings = new Map<string, Finding & { count: number }>();
  readonly notes: string[] = [];
  wall_ms = 0;
  constructor(readonly name: string) {}

  /** Records one input's defects of one kind: the input counts once, each detail as a finding. */
  add(kind: DefectKind, index: number, details: readonly string[], input: string): void {
    if (details.length === 0) return;
    this.counts[kind]++;
    for (const detail of new Set(details)) {
      const key = signature(kind, detail);
      const known = this.findings.get(key);
      if (known) known.count++;
      else if (this.findings.size < MAX_FINDINGS)
        this.findings.set(key, { kind, index, detail, input, count: 1 });
    }
  }
  get defects(): number {
    return DEFECT_KINDS.reduce((sum, kind) => sum + this.counts[kind], 0);
  }
}

const HEADERS = [
  'campaign',
  'inputs',
  'crashes',
  'hangs',
  'NaN/Inf',
  'pollution',
  'files left',
  'other',
  'wall s',
];

/** The summary table, then each finding with what reproduces it. */
export function formatSummary(results: readonly CampaignResult[], seed: number): string {
  const rows = results.map((r) => [
    r.name,
    String(r.inputs),
    ...DEFECT_KINDS.map((kind) => String(r.counts[kind])),
    (r.wall_ms / 1000).toFixed(1),
  ]);
  const widths = HEADERS.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  const out = [
    `lightbench fuzz --seed ${seed}`,
    '',
    line(HEADERS),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
  for (const result of results) {
    for (const note of result.notes) out.push(`${result.name}: ${note}`);
  }
  const findings = results.flatMap((r) =>
    [...r.findings.values()].map((f) => ({ campaign: r.name, ...f })),
  );
  if (findings.length > 0) {
    out.push(
      '',
      'findings (the first input of each; rerun it with --seed and --only <campaign>:<index>):',
    );
    for (const f of findings)
      out.push(
        `  ${f.campaign}:${f.index} ${f.kind} (${f.count} ×): ${f.detail.slice(0, 300)}\n      input: ${f.input.slice(0, 300)}`,
      );
  }
  return out.join('\n');
}
