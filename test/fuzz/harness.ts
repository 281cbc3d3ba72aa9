import { runCliCampaign } from './cli-campaign';
import { runInProcess } from './run-inprocess';
import { runKillCampaign } from './kill-campaign';
import { formatSummary, type CampaignResult } from './results';

/**
 * The fuzz harness (issue 18): four seeded campaigns, each checked for crashes, hangs, NaN/±Infinity
 * in outputs, prototype pollution and files left behind. `npm run fuzz` runs the full size; the
 * unit suite runs QUICK_SIZES (test/fuzz/fuzz.test.ts).
 */
export interface FuzzSizes {
  readonly scenarios: number;
  readonly csv: number;
  readonly cli: number;
  readonly kills: number;
  /** Size of the scenario the kill campaign saves. */
  readonly killBytes: number;
}

export const FULL_SIZES: FuzzSizes = {
  scenarios: 10_000,
  csv: 3_000,
  cli: 150,
  kills: 200,
  killBytes: 12_000_000,
};
export const QUICK_SIZES: FuzzSizes = {
  scenarios: 300,
  csv: 100,
  cli: 5,
  kills: 5,
  killBytes: 2_000_000,
};

/** Per-input time limits: past them an input is a hang. */
export const LIMITS_MS = { inProcess: 30_000, cli: 60_000, kill: 60_000 } as const;

export type CampaignName = 'scenarios' | 'csv' | 'cli' | 'kill';

export interface FuzzOptions {
  readonly seed: number;
  readonly sizes: FuzzSizes;
  readonly repoRoot: string;
  /** Only these campaigns (default all). */
  readonly campaigns?: readonly CampaignName[];
  /** Run one input: its campaign's index (with `campaigns` naming one campaign). */
  readonly only?: number;
  /** Run the campaigns at the same time (the unit test) instead of one after the other. */
  readonly parallel?: boolean;
  readonly limits?: Partial<Record<keyof typeof LIMITS_MS, number>>;
}

export async function runFuzz(options: FuzzOptions): Promise<CampaignResult[]> {
  const wanted = new Set(options.campaigns ?? ['scenarios', 'csv', 'cli', 'kill']);
  const limits = { ...LIMITS_MS, ...options.limits };
  const count = (size: number) => (options.only === undefined ? size : 1);
  const jobs: (() => Promise<CampaignResult>)[] = [];
  for (const campaign of ['scenarios', 'csv'] as const)
    if (wanted.has(campaign))
      jobs.push(() =>
        runInProcess({
          campaign,
          seed: options.seed,
          count: count(options.sizes[campaign]),
          ...(options.only === undefined ? {} : { first: options.only }),
          limit_ms: limits.inProcess,
          repoRoot: options.repoRoot,
        }),
      );
  if (wanted.has('cli'))
    jobs.push(() =>
      runCliCampaign({
        seed: options.seed,
        count: count(options.sizes.cli),
        ...(options.only === undefined ? {} : { first: options.only }),
        limit_ms: limits.cli,
        repoRoot: options.repoRoot,
      }),
    );
  if (wanted.has('kill'))
    jobs.push(() =>
      runKillCampaign({
        seed: options.seed,
        kills: options.sizes.kills,
        bytes: options.sizes.killBytes,
        limit_ms: limits.kill,
        repoRoot: options.repoRoot,
      }),
    );
  if (options.parallel) return Promise.all(jobs.map((job) => job()));
  const results: CampaignResult[] = [];
  for (const job of jobs) results.push(await job());
  return results;
}

export { formatSummary };
