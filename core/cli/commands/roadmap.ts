import type { Command } from 'commander';
import type { CliIo } from '../io';

/** `lightbench roadmap`: roadmap and launch gates. Registered by buildProgram; not yet implemented. */
export function registerRoadmapCommand(_program: Command, _io: CliIo): void {}
