import type { ComponentType } from 'react';
import type { ViewId } from '../store/viewSlice';
import { CompareView } from './compare/CompareView';
import { LinkView } from './link/LinkView';

export interface ViewEntry {
  readonly id: ViewId;
  readonly label: string;
  readonly Component: ComponentType;
}

/** The middle pane's views, in tab order. Adding a view: its id in viewSlice, its entry here. */
export const VIEWS: readonly ViewEntry[] = [
  { id: 'link', label: 'Link', Component: LinkView },
  { id: 'compare', label: 'Compare', Component: CompareView },
];
