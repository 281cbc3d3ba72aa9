import type { ComponentType } from 'react';
import type { ViewId } from '../store/viewSlice';
import { CompareView } from './compare/CompareView';
import { FabricView } from './fabric/FabricView';
import { LinkView } from './link/LinkView';
import { Package3dView } from './package3d/Package3dView';
import { ScorecardView } from './scorecard/ScorecardView';
import { SensitivityView } from './sensitivity/SensitivityView';
import { SignalView } from './signal/SignalView';
import { SweepView } from './sweep/SweepView';
import { TradeSpaceView } from './trade-space/TradeSpaceView';
import { WorkloadView } from './workload/WorkloadView';
import { SuppliersView } from './suppliers/SuppliersView';
import { RoadmapView } from './roadmap/RoadmapView';
import { FleetView } from './fleet/FleetView';

export interface ViewEntry {
  readonly id: ViewId;
  readonly label: string;
  readonly Component: ComponentType;
}

/** The middle pane's views, in tab order. Adding a view: its id in viewSlice, its entry here. */
export const VIEWS: readonly ViewEntry[] = [
  { id: 'link', label: 'Link', Component: LinkView },
  { id: 'signal', label: 'Signal', Component: SignalView },
  { id: 'compare', label: 'Compare', Component: CompareView },
  { id: 'package3d', label: 'Package 3D', Component: Package3dView },
  { id: 'fabric', label: 'Fabric', Component: FabricView },
  { id: 'workload', label: 'Workload', Component: WorkloadView },
  { id: 'sweep', label: 'Sweep', Component: SweepView },
  { id: 'trade-space', label: 'Trade space', Component: TradeSpaceView },
  { id: 'sensitivity', label: 'Sensitivity', Component: SensitivityView },
  { id: 'scorecard', label: 'Scorecard', Component: ScorecardView },
  { id: 'suppliers', label: 'Suppliers', Component: SuppliersView },
  { id: 'roadmap', label: 'Roadmap', Component: RoadmapView },
  { id: 'fleet', label: 'Fleet', Component: FleetView },
];
