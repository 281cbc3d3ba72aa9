import type { DocumentSlice } from './documentSlice';
import type { ExchangeSlice } from './exchangeSlice';
import type { ExplorationSlice } from './explorationSlice';
import type { HistorySlice } from './historySlice';
import type { ScenarioSlice } from './scenarioSlice';
import type { SelectionSlice } from './selectionSlice';
import type { ViewSlice } from './viewSlice';
import type { SuppliersSlice } from './suppliersSlice';
import type { RoadmapSlice } from './roadmapSlice';
import type { FleetSlice } from './fleetSlice';
import type { WorkloadSlice } from './workloadSlice';

/** The whole app state: the union of the slices. Slices may read each other through `get()`. */
export type AppState = ScenarioSlice &
  HistorySlice &
  SelectionSlice &
  DocumentSlice &
  ExchangeSlice &
  ViewSlice &
  ExplorationSlice &
  SuppliersSlice &
  RoadmapSlice &
  FleetSlice &
  WorkloadSlice;
