import { runLinkBench } from './link.bench';
import { runParetoBench } from './pareto.bench';
import { runSweepCliBench } from './sweep-cli.bench';

console.log(`Lightbench benchmarks — node ${process.version}, ${process.arch}\n`);
runLinkBench();
runParetoBench();
runSweepCliBench();
const memory = process.memoryUsage();
console.log(
  `\nheap used ${(memory.heapUsed / 2 ** 20).toFixed(1)} MiB, rss ${(memory.rss / 2 ** 20).toFixed(1)} MiB`,
);
