import type { HostApi, OpenedFile, SaveRequest } from '../../core/host/contract';

/** A HostApi double: scripted file to open, records saves and titles. */
export function fakeHost(toOpen: OpenedFile | null = null) {
  const saves: SaveRequest[] = [];
  const titles: string[] = [];
  const host: HostApi = {
    platform: 'web',
    openScenario: () => Promise.resolve(toOpen),
    saveScenario: (request) => {
      saves.push(request);
      return Promise.resolve({ path: request.path ?? `/tmp/${request.suggestedName}` });
    },
    setTitle: (title) => {
      titles.push(title);
      return Promise.resolve();
    },
  };
  return { host, saves, titles };
}
