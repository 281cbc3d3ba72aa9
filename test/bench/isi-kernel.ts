// The model_isi line of the kernel bench alone: `npx tsx test/bench/isi-kernel.ts`.
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../../core/index';
import { runIsiKernelBench } from './kernel.bench';

const parsed = parseScenarioText(readFileSync('examples/datacenter-pmds.json', 'utf8'));
if (!parsed.ok) throw new Error('example scenario does not parse');
runIsiKernelBench(parsed.scenario);
