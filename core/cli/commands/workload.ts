import type { Command } from 'commander';
import type { CliIo } from '../io';

/** `lightbench workload`: impact of each fabric option on a training job. Registered by buildProgram; not yet implemented. */
export function registerWorkloadCommand(_program: Command, _io: CliIo): void {}
