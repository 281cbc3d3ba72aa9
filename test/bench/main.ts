import { runFabricBench } from './fabric.bench';
import { runLinkBench } from './link.bench';
import { runPackage3dBench } from './package3d.bench';
import { runParetoBench } from './pareto.bench';
import { runSignalBench } from './signal.bench';
import { runSuppliersBench } from './suppliers.bench';
import { runSweepCliBench } from './sweep-cli.bench';
import { runTradeSpaceBench } from './trade-space.bench';
import { runWorkloadBench } from './workload.bench';
import { runRoadmapBench } from './roadmap.bench';

/** `npm run bench`: prints every speed and memory figure beside its target; asserts nothing. */
console.log(`Lightbench benchmarks — node ${process.version}, ${process.arch}\n`);
runLinkBench();
runParetoBench();
runSignalBench();
runSuppliersBench();
runFabricBench();
runWorkloadBench();
runSweepCliBench();
runRoadmapBench();
await runTradeSpaceBench();
await runPackage3dBench();
const memory = process.memoryUsage();
console.log(
  `\nheap used ${(memory.heapUsed / 2 ** 20).toFixed(1)} MiB, rss ${(memory.rss / 2 ** 20).toFixed(1)} MiB`,
);
