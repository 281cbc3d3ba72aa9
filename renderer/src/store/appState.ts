import type { DocumentSlice } from './documentSlice';
import type { ExchangeSlice } from './exchangeSlice';
import type { ExplorationSlice } from './explorationSlice';
import type { HistorySlice } from './historySlice';
import type { ScenarioSlice } from './scenarioSlice';
import type { SelectionSlice } from './selectionSlice';
import type { ViewSlice } from './viewSlice';

/** The whole app state: the union of the slices. Slices may read each other through `get()`. */
export type AppState = ScenarioSlice &
  HistorySlice &
  SelectionSlice &
  DocumentSlice &
  ExchangeSlice &
  ViewSlice &
  ExplorationSlice;
