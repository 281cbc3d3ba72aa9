/** Where the CLI writes, and what it is told by its host (a terminal, or a test). */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Aborted on SIGINT: a running sweep stops its workers and writes nothing. */
  readonly signal?: AbortSignal;
  /** stderr is a terminal: long commands draw a progress bar there. */
  readonly errIsTerminal?: boolean;
  /** The process environment (`sweep --shard auto` reads the batch system's task index). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}
