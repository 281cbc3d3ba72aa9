import type { Command } from 'commander';
import type { CliIo } from '../io';

/** `lightbench suppliers`: supplier qualification. Registered by buildProgram; not yet implemented. */
export function registerSuppliersCommand(_program: Command, _io: CliIo): void {}
