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

/** Tabs come in groups: one design, the cluster it builds, exploring many, and the program. */
export type ViewGroup = 'design' | 'cluster' | 'explore' | 'program';

export const VIEW_GROUP_LABELS: Readonly<Record<ViewGroup, string>> = {
  design: 'Design',
  cluster: 'Cluster',
  explore: 'Explore',
  program: 'Program',
};

export interface ViewEntry {
  readonly id: ViewId;
  readonly label: string;
  readonly group: ViewGroup;
  readonly Component: ComponentType;
}

/** The middle pane's views, in tab order, by group. Adding a view: its id in viewSlice, its entry here. */
export const VIEWS: readonly ViewEntry[] = [
  { id: 'link', label: 'Link', group: 'design', Component: LinkView },
  { id: 'signal', label: 'Signal', group: 'design', Component: SignalView },
  { id: 'compare', label: 'Compare', group: 'design', Component: CompareView },
  { id: 'package3d', label: 'Package 3D', group: 'design', Component: Package3dView },
  { id: 'fabric', label: 'Fabric', group: 'cluster', Component: FabricView },
  { id: 'sweep', label: 'Sweep', group: 'explore', Component: SweepView },
  { id: 'trade-space', label: 'Trade space', group: 'explore', Component: TradeSpaceView },
  { id: 'sensitivity', label: 'Sensitivity', group: 'explore', Component: SensitivityView },
  { id: 'scorecard', label: 'Scorecard', group: 'explore', Component: ScorecardView },
  { id: 'suppliers', label: 'Suppliers', group: 'program', Component: SuppliersView },
  { id: 'roadmap', label: 'Roadmap', group: 'program', Component: RoadmapView },
  { id: 'fleet', label: 'Fleet', group: 'program', Component: FleetView },
  { id: 'workload', label: 'Workload', group: 'program', Component: WorkloadView },
];
