import type { Command } from 'commander';
import type { CliIo } from '../io';

/** `lightbench fleet`: fleet telemetry against the model. Registered by buildProgram; not yet implemented. */
export function registerFleetCommand(_program: Command, _io: CliIo): void {}
