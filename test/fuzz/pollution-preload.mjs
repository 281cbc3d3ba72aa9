// Loaded with `node --import` before the CLI in the fuzz harness's CLI campaign: at exit, names
// any key the run added to a built-in prototype in the file LIGHTBENCH_FUZZ_POLLUTION names.
import { writeFileSync } from 'node:fs';

const prototypes = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];
const before = new Map(prototypes.map(([name, proto]) => [name, new Set(Reflect.ownKeys(proto))]));
process.on('exit', () => {
  const found = [];
  for (const [name, proto] of prototypes)
    for (const key of Reflect.ownKeys(proto))
      if (!before.get(name).has(key)) found.push(`${name}.${String(key)}`);
  const file = process.env.LIGHTBENCH_FUZZ_POLLUTION;
  if (found.length > 0 && file) writeFileSync(file, found.join('\n'));
});
