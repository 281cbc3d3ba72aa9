import { readFileSync } from 'node:fs';
import { formatIssues, parseScenarioText, type Scenario } from '../index';

/** A failure the CLI reports as a message and exit code 2, never as a stack trace. */
export class CliInputError extends Error {}

/** Reads and validates a scenario; what it keeps but does not use is reported through `warn`. */
export function readScenarioFile(
  path: string,
  warn: (text: string) => void = (text) => process.stderr.write(text),
): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(
      `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error)}`,
    );
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok)
    throw new CliInputError(
      `${path} is not a valid scenario:\n${formatIssues(parsed.issues).replace(/^/gm, '  ')}`,
    );
  if (parsed.warnings.length > 0)
    warn(`warning: ${path}:\n${formatIssues(parsed.warnings).replace(/^/gm, '  ')}\n`);
  return parsed.scenario;
}
