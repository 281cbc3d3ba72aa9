import { fork } from 'node:child_process';
import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  nodeAtomicSaveFs,
  removeStaleTempFiles,
  removeStaleTempFilesOnStart,
  saveFileAtomically,
  type AtomicSaveFs,
  type WritableHandle,
} from '../../electron/atomic-save';

let folder: string;
let target: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'lightbench-save-'));
  target = path.join(folder, 'scenario.json');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The real file system, with one handle call replaced by a failure. */
function failingFs(step: 'writeFile' | 'sync' | 'rename', code: string): AtomicSaveFs {
  const fail = (): never => {
    throw Object.assign(new Error(`${code}: simulated`), { code });
  };
  return {
    ...nodeAtomicSaveFs,
    rename: step === 'rename' ? async () => fail() : nodeAtomicSaveFs.rename,
    async open(filePath, flags, mode) {
      const real = await nodeAtomicSaveFs.open(filePath, flags, mode);
      if (flags === 'r') return real; // the folder fsync after the rename
      const handle: WritableHandle = {
        writeFile: async (data, options) => {
          if (step !== 'writeFile') return real.writeFile(data, options);
          // A full disk typically fails after part of the data is already written.
          await real.writeFile(data.slice(0, data.length / 2), options);
          fail();
        },
        sync: step === 'sync' ? async () => fail() : () => real.sync(),
        close: () => real.close(),
      };
      return handle;
    },
  };
}

describe('saveFileAtomically', () => {
  it('creates a new file with the exact text', async () => {
    await saveFileAtomically(target, '{"schemaVersion":1,"name":"λ-budget"}');
    expect(await readFile(target, 'utf8')).toBe('{"schemaVersion":1,"name":"λ-budget"}');
    expect(await readdir(folder)).toEqual(['scenario.json']);
  });

  it('replaces an existing file and keeps its permissions', async () => {
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await saveFileAtomically(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect(await readdir(folder)).toEqual(['scenario.json']);
  });

  it('writes through a symlink to the file it points to, keeping the link', async () => {
    const real = path.join(folder, 'real.json');
    await writeFile(real, 'old');
    await symlink(real, target);
    await expect(saveFileAtomically(target, 'new')).resolves.toBe(real);
    expect(await readFile(real, 'utf8')).toBe('new');
    expect(await readlink(target)).toBe(real);
  });

  it.each([
    ['writeFile', 'ENOSPC', /the disk is full \(ENOSPC\)/],
    ['sync', 'EIO', /an input\/output error occurred \(EIO\)/],
    ['rename', 'EPERM', /permission denied .*\(EPERM\)/],
  ] as const)(
    'when %s fails (%s) the old file is intact, no temp file is left, and the error says why',
    async (step, code, reason) => {
      await writeFile(target, 'old contents');
      const save = saveFileAtomically(target, 'new contents '.repeat(1000), failingFs(step, code));
      await expect(save).rejects.toThrow(`Could not save "${target}": `);
      await expect(saveFileAtomically(target, 'x', failingFs(step, code))).rejects.toThrow(reason);
      expect(await readFile(target, 'utf8')).toBe('old contents');
      expect(await readdir(folder)).toEqual(['scenario.json']);
    },
  );

  it('keeps the original error as the cause', async () => {
    const error = await saveFileAtomically(target, 'x', failingFs('sync', 'EIO')).catch(
      (caught: unknown) => caught,
    );
    expect((error as Error).cause).toMatchObject({ code: 'EIO' });
  });

  it('fails clearly when the folder does not exist', async () => {
    await expect(saveFileAtomically(path.join(folder, 'missing', 'a.json'), 'x')).rejects.toThrow(
      /Could not save ".*a\.json": the folder does not exist \(ENOENT\)/,
    );
  });
});

describe('saveFileAtomically in a process killed midway', () => {
  /**
   * A real crash: a child process starts saving, writes half the new text into the temp file,
   * tells us, and is then killed with SIGKILL, so no cleanup code can run.
   */
  it('leaves the old file intact, and the next save still works', async () => {
    const modulePath = path.join(folder, 'atomic-save.mjs');
    await build({
      entryPoints: [path.resolve('electron/atomic-save.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: modulePath,
      logLevel: 'silent',
    });
    const childPath = path.join(folder, 'child.mjs');
    await writeFile(
      childPath,
      `import { nodeAtomicSaveFs, saveFileAtomically } from './atomic-save.mjs';
const [target, text] = process.argv.slice(2);
const fs = {
  ...nodeAtomicSaveFs,
  async open(filePath, flags, mode) {
    const real = await nodeAtomicSaveFs.open(filePath, flags, mode);
    return {
      async writeFile(data, options) {
        await real.writeFile(data.slice(0, data.length / 2), options);
        await real.sync();
        process.send('half-written');
        await new Promise(() => {}); // hang here until killed
      },
      sync: () => real.sync(),
      close: () => real.close(),
    };
  },
};
await saveFileAtomically(target, text, fs);
`,
    );
    const scenarioDir = path.join(folder, 'data');
    await mkdir(scenarioDir);
    const scenario = path.join(scenarioDir, 'scenario.json');
    await writeFile(scenario, '{"old":true}');

    const child = fork(childPath, [scenario, '{"new":true,"pad":"' + 'x'.repeat(100_000) + '"}'], {
      stdio: 'ignore',
    });
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (exitCode) => reject(new Error(`child exited early (${exitCode})`)));
    });
    const exited = new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    expect(await readFile(scenario, 'utf8')).toBe('{"old":true}');
    // The half-written temp file is what a crash leaves: hidden, beside the target, never the target.
    const leftovers = (await readdir(scenarioDir)).filter((name) => name !== 'scenario.json');
    expect(leftovers).toHaveLength(1);
    expect(leftovers[0]).toMatch(/^\.scenario\.json\.[0-9a-f]{12}\.tmp$/);

    await saveFileAtomically(scenario, '{"after":true}');
    expect(await readFile(scenario, 'utf8')).toBe('{"after":true}');
  });
});

describe('temp files left by killed saves', () => {
  const leftover = (name: string, hex: string) => path.join(folder, `.${name}.${hex}.tmp`);

  it('the next save of a file removes what killed saves of it left, and nothing else', async () => {
    await writeFile(leftover('scenario.json', 'a1b2c3d4e5f6'), 'half');
    await writeFile(leftover('scenario.json', '0123456789ab'), 'half');
    await writeFile(leftover('other.json', '0123456789ab'), 'someone else');
    await writeFile(path.join(folder, '.scenario.json.notours.tmp'), 'not our naming');
    await saveFileAtomically(target, '{"ok":true}');
    expect((await readdir(folder)).sort()).toEqual(
      ['.other.json.0123456789ab.tmp', '.scenario.json.notours.tmp', 'scenario.json'].sort(),
    );
    expect(await readFile(target, 'utf8')).toBe('{"ok":true}');
  });

  it('at start, cleans the app stores folder and beside each recent file', async () => {
    const stores = path.join(folder, 'userData');
    const documents = path.join(folder, 'documents');
    await mkdir(stores);
    await mkdir(documents);
    await writeFile(path.join(stores, '.autosave.json.aaaaaaaaaaaa.tmp'), 'x');
    await writeFile(path.join(stores, '.recent-files.json.bbbbbbbbbbbb.tmp'), 'x');
    await writeFile(path.join(stores, 'autosave.json'), '{}');
    await writeFile(path.join(documents, '.plan.json.cccccccccccc.tmp'), 'x');
    await writeFile(path.join(documents, '.unrelated.json.dddddddddddd.tmp'), 'x');
    const removed = await removeStaleTempFilesOnStart(stores, [
      path.join(documents, 'plan.json'),
      path.join(folder, 'gone', 'missing.json'),
    ]);
    expect(removed).toBe(3);
    expect(await readdir(stores)).toEqual(['autosave.json']);
    expect(await readdir(documents)).toEqual(['.unrelated.json.dddddddddddd.tmp']);
  });

  it('200 saves killed midway leave nothing behind once the file is saved again', async () => {
    for (let i = 0; i < 200; i++)
      await writeFile(leftover('scenario.json', i.toString(16).padStart(12, '0')), 'partial');
    expect(await removeStaleTempFiles(folder, 'scenario.json')).toBe(200);
    await saveFileAtomically(target, 'final');
    expect(await readdir(folder)).toEqual(['scenario.json']);
  });
});
