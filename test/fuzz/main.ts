import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FULL_SIZES,
  QUICK_SIZES,
  formatSummary,
  runFuzz,
  type CampaignName,
  type FuzzSizes,
} from './harness';

/**
 * `npm run fuzz [-- options]`:
 *   --seed N               reproduce a run (default: a new seed, printed first)
 *   --quick                the unit suite's sizes instead of the full ones
 *   --scenarios N --csv N --cli N --kills N --kill-bytes N    campaign sizes
 *   --only CAMPAIGN[:I]    one campaign (scenarios, csv, cli, kill), or one input of it
 * Exit 1 if any campaign found a defect.
 */
const USAGE =
  'usage: npm run fuzz -- [--seed N] [--quick] [--scenarios N] [--csv N] [--cli N] [--kills N] [--kill-bytes N] [--only campaign[:index]]';
const CAMPAIGNS: readonly CampaignName[] = ['scenarios', 'csv', 'cli', 'kill'];

function parse(argv: readonly string[]) {
  let seed = Math.floor(Math.random() * 2 ** 31);
  let sizes: FuzzSizes = FULL_SIZES;
  const overrides: Partial<Record<keyof FuzzSizes, number>> = {};
  let campaigns: CampaignName[] | undefined;
  let only: number | undefined;
  const number = (flag: string, text: string | undefined) => {
    const value = Number(text);
    if (text === undefined || !Number.isInteger(value) || value < 0)
      throw new Error(`${flag} needs a whole number ≥ 0\n${USAGE}`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = argv[i + 1];
    switch (flag) {
      case '--seed':
        seed = number(flag, value);
        i++;
        break;
      case '--quick':
        sizes = QUICK_SIZES;
        break;
      case '--scenarios':
      case '--csv':
      case '--cli':
      case '--kills':
        overrides[flag.slice(2) as keyof FuzzSizes] = number(flag, value);
        i++;
        break;
      case '--kill-bytes':
        overrides.killBytes = number(flag, value);
        i++;
        break;
      case '--only': {
        const [name, index] = (value ?? '').split(':');
        if (!CAMPAIGNS.includes(name as CampaignName))
          throw new Error(`--only: one of ${CAMPAIGNS.join(', ')}\n${USAGE}`);
        campaigns = [name as CampaignName];
        if (index !== undefined) only = number('--only index', index);
        i++;
        break;
      }
      default:
        throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  return { seed, sizes: { ...sizes, ...overrides }, campaigns, only };
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let options: ReturnType<typeof parse>;
try {
  options = parse(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
process.stdout.write(
  `lightbench fuzz: seed ${options.seed} (reproduce with --seed ${options.seed})\n`,
);
const results = await runFuzz({
  seed: options.seed,
  sizes: options.sizes,
  repoRoot,
  ...(options.campaigns ? { campaigns: options.campaigns } : {}),
  ...(options.only === undefined ? {} : { only: options.only }),
});
process.stdout.write(`${formatSummary(results, options.seed)}\n`);
const defects = results.reduce((sum, r) => sum + r.defects, 0);
process.stdout.write(defects === 0 ? 'no defects found\n' : `${defects} inputs with defects\n`);
process.exit(defects === 0 ? 0 : 1);
