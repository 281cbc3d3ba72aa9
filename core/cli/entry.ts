import { runCli } from './main';

const interrupt = new AbortController();
// Once: a second Ctrl-C falls back to Node's default and ends the process at once.
const onInterrupt = () => interrupt.abort();
process.once('SIGINT', onInterrupt);
const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  signal: interrupt.signal,
  errIsTerminal: process.stderr.isTTY === true,
  env: process.env,
});
process.exitCode = code;
process.off('SIGINT', onInterrupt);
