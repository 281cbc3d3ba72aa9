import type { Command } from 'commander';
import type { CliIo } from '../io';

/** `lightbench catalog`: list the technology catalog's archetypes. Registered by buildProgram; not yet implemented. */
export function registerCatalogCommand(_program: Command, _io: CliIo): void {}
