import { useEffect, useMemo, useRef, useState } from 'react';
import {
  bandwidthOptions_gbps,
  buildPackageScene,
  evaluateDesignFully,
  SCENE_LABELS,
  sceneKinds,
  type Assumptions,
  type PackageScene,
  type SceneKind,
  type ScenePart,
} from '../../../../core';
import { useAppStore } from '../../store/StoreProvider';
import { heatDomain, legendGradient, legendTicks } from './colorScale';
import { focusParameter } from './focusParameter';
import { formatBandwidth, formatDensity, partRows } from './formatPart';
import { SceneRenderer } from './SceneRenderer';
import { designIndexOfPart, sceneSources, type SceneSource } from './sceneSources';
import { saveBlob } from '../../host/saveExport';

type Built =
  | { readonly ok: true; readonly scene: PackageScene; readonly core_ms: number }
  | { readonly ok: false; readonly error: string };

const INITIAL_BANDWIDTH: Readonly<Record<SceneKind, number>> = {
  'pluggable-switch': 51_200,
  'cpo-switch': 102_400,
  accelerator: 14_400,
  cables: 0,
};

/**
 * Evaluates the scene's designs with the core and builds the scene. Timed, because the issue asks
 * for parameter-change rebuilds within 100 ms and the view reports what it took.
 */
function buildScene(
  kind: SceneKind,
  sources: readonly SceneSource[],
  bandwidth_gbps: number,
  assumptions: Assumptions,
): Built {
  const start = performance.now();
  try {
    const evaluations = sources.map((source) => evaluateDesignFully(source.design, assumptions));
    const scene = buildPackageScene({ kind, evaluations, bandwidth_gbps });
    return { ok: true, scene, core_ms: performance.now() - start };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function showHover(card: HTMLDivElement | null, part: ScenePart | null, x: number, y: number) {
  if (card === null) return;
  if (part === null) {
    card.hidden = true;
    return;
  }
  if (card.dataset['partId'] !== part.id) {
    const title = document.createElement('strong');
    title.textContent = part.name;
    const list = document.createElement('dl');
    for (const [label, value] of partRows(part)) {
      const term = document.createElement('dt');
      term.textContent = label;
      const detail = document.createElement('dd');
      detail.textContent = value;
      list.append(term, detail);
    }
    card.replaceChildren(title, list);
    card.dataset['partId'] = part.id;
  }
  const stage = card.parentElement?.getBoundingClientRect();
  card.hidden = false;
  card.style.transform = `translate(${x - (stage?.left ?? 0) + 14}px, ${y - (stage?.top ?? 0) + 14}px)`;
}

/**
 * Package 3D: the selected design's hardware drawn from the core's numbers. A scene picker, the
 * switch (or accelerator I/O) bandwidth, an exploded-view slider, hover for a part's numbers and
 * click to jump to the parameter that sets it. three.js lives in SceneRenderer; React only passes
 * it a new scene when the design or an input changes.
 */
export function Package3dView() {
  const scenario = useAppStore((state) => state.scenario);
  const selectedId = useAppStore((state) => state.selectedDesignId);
  const selectDesign = useAppStore((state) => state.selectDesign);
  const addDesign = useAppStore((state) => state.addDesign);
  const [kind, setKind] = useState<SceneKind>('cpo-switch');
  const [bandwidths, setBandwidths] = useState(INITIAL_BANDWIDTH);
  const [picked, setPicked] = useState<{ name: string; path: string | null } | null>(null);
  const [autoOrbit, setAutoOrbit] = useState(false);
  const stageRef = useRef<HTMLDivElement>(null);
  const hoverRef = useRef<HTMLDivElement>(null);
  const rendererRef = useRef<SceneRenderer | null>(null);
  const explodeRef = useRef<HTMLInputElement>(null);
  const lastFramed = useRef<string | null>(null);
  const [timing, setTiming] = useState<{ version: number; total_ms: number } | null>(null);

  const sources = useMemo(
    () => sceneSources(kind, scenario.designs, selectedId),
    [kind, scenario.designs, selectedId],
  );
  const bandwidth = bandwidths[kind];
  const built = useMemo(
    () => buildScene(kind, sources, bandwidth, scenario.assumptions),
    [sources, kind, bandwidth, scenario.assumptions],
  );

  // Picks reach the renderer through a ref so the renderer is created once.
  const onPick = useRef<(part: ScenePart) => void>(() => undefined);
  useEffect(() => {
    onPick.current = (part) => {
      const source = sources[designIndexOfPart(part.id)];
      setPicked({ name: part.name, path: part.parameterPath });
      if (source === undefined || part.parameterPath === null || !source.inScenario) return;
      if (source.design.id !== selectedId) selectDesign(source.design.id);
      focusParameter(source.design.id, part.parameterPath);
    };
  });

  useEffect(() => {
    const stage = stageRef.current;
    if (stage === null) return;
    const renderer = new SceneRenderer(stage, {
      onHover: (part, x, y) => showHover(hoverRef.current, part, x, y),
      onPick: (part) => onPick.current(part),
    });
    rendererRef.current = renderer;
    return () => {
      renderer.dispose();
      rendererRef.current = null;
      lastFramed.current = null;
    };
  }, []);

  useEffect(() => {
    const renderer = rendererRef.current;
    if (renderer === null || !built.ok) return;
    // Frame the camera anew for another scene or design, not for an edit of the same one.
    const framed = `${kind}:${built.scene.designIds.join(',')}`;
    const fit = lastFramed.current !== framed;
    lastFramed.current = framed;
    const gpu_ms = renderer.setScene(built.scene, fit);
    renderer.setExplode(Number(explodeRef.current?.value ?? 0));
    setTiming((previous) => ({
      version: (previous?.version ?? 0) + 1,
      total_ms: built.core_ms + gpu_ms,
    }));
  }, [built, kind]);

  useEffect(() => rendererRef.current?.setAutoRotate(autoOrbit), [autoOrbit]);

  async function exportPng() {
    const renderer = rendererRef.current;
    if (renderer === null || !built.ok) return;
    const blob = await renderer.exportPng(built.scene.title);
    if (blob !== null) saveBlob(`lightbench-${kind}.png`, blob);
  }

  const scene = built.ok ? built.scene : null;
  const domain = scene === null ? null : heatDomain(scene.parts);
  const options = bandwidthOptions_gbps(kind);
  const readOnly = sources.filter((source) => !source.inScenario);
  const counts = scene?.counts;
  return (
    <section className="view package3d-view" aria-labelledby="package3d-title">
      <header className="view-header">
        <h2 id="package3d-title">Package 3D</h2>
        <p className="view-description">
          {scene?.title ?? 'No scene'} · drag to orbit, wheel to zoom, right-drag to pan · click a
          part to edit the parameter that sets it
        </p>
      </header>
      <div className="package3d-toolbar">
        <label>
          Scene
          <select
            data-testid="package3d-scene"
            value={kind}
            onChange={(event) => setKind(event.target.value as SceneKind)}
          >
            {sceneKinds.map((id) => (
              <option key={id} value={id}>
                {SCENE_LABELS[id]}
              </option>
            ))}
          </select>
        </label>
        {options.length > 0 ? (
          <label>
            {kind === 'accelerator' ? 'I/O per direction' : 'Switch bandwidth'}
            <select
              data-testid="package3d-bandwidth"
              value={bandwidth}
              onChange={(event) =>
                setBandwidths((current) => ({ ...current, [kind]: Number(event.target.value) }))
              }
            >
              {options.map((value) => (
                <option key={value} value={value}>
                  {formatBandwidth(value)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          Exploded
          <input
            ref={explodeRef}
            type="range"
            min={0}
            max={1}
            step={0.01}
            defaultValue={0}
            data-testid="package3d-explode"
            onInput={(event) => rendererRef.current?.setExplode(Number(event.currentTarget.value))}
          />
        </label>
        <span className="package3d-toolbar-spacer" />
        <span className="package3d-actions">
          <button
            type="button"
            className="small"
            aria-pressed={autoOrbit}
            data-testid="package3d-orbit"
            onClick={() => setAutoOrbit((on) => !on)}
          >
            {autoOrbit ? 'Stop orbit' : 'Orbit'}
          </button>
          <button
            type="button"
            className="small"
            data-testid="package3d-reset"
            onClick={() => rendererRef.current?.resetCamera()}
          >
            Reset camera
          </button>
          <button
            type="button"
            className="small"
            data-testid="package3d-export-png"
            disabled={scene === null}
            onClick={() => void exportPng()}
          >
            PNG
          </button>
        </span>
      </div>
      <div
        ref={stageRef}
        className="package3d-stage"
        data-testid="package3d-stage"
        data-scene-kind={scene?.kind ?? ''}
        data-scene-version={timing?.version ?? 0}
        data-build-ms={timing === null ? '' : timing.total_ms.toFixed(1)}
        data-design-ids={scene?.designIds.join(' ') ?? ''}
        data-part-count={scene?.parts.length ?? 0}
        data-engine-count={counts?.engines ?? 0}
        data-fiber-count={counts?.fibers ?? 0}
        data-cage-count={counts?.cages ?? 0}
        data-module-count={counts?.modules ?? 0}
        data-laser-count={counts?.lasers ?? 0}
        data-chiplet-count={counts?.chiplets ?? 0}
        data-lane-count={counts?.lanes ?? 0}
        data-picked-path={picked?.path ?? ''}
      >
        <div ref={hoverRef} className="package3d-hover" data-testid="package3d-hover" hidden />
        {domain === null ? null : (
          <div className="package3d-legend" data-testid="package3d-legend">
            <span className="package3d-legend-title">Power density, W/mm²</span>
            <span className="package3d-legend-bar" style={{ background: legendGradient() }} />
            <span className="package3d-legend-ticks">
              {legendTicks(domain).map((tick, i) => (
                <span key={i}>{formatDensity(tick)}</span>
              ))}
            </span>
          </div>
        )}
        {built.ok ? null : (
          <p className="evaluation-error package3d-error" role="alert">
            {built.error}
          </p>
        )}
      </div>
      <div className="package3d-footer">
        <ul className="package3d-notes" data-testid="package3d-notes">
          {scene?.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
          {timing === null ? null : (
            <li className="package3d-timing">Scene built in {timing.total_ms.toFixed(0)} ms</li>
          )}
        </ul>
        <div className="package3d-side">
          {picked === null ? null : (
            <p data-testid="package3d-picked">
              Selected <strong>{picked.name}</strong>
              {picked.path === null ? (
                ' (no parameter sets it)'
              ) : (
                <>
                  {' '}
                  — set by <code>{picked.path}</code>
                </>
              )}
            </p>
          )}
          {readOnly.map((source) => (
            <p key={source.design.id} className="package3d-catalog-note">
              <em>{source.design.name}</em> is from the catalog.{' '}
              <button
                type="button"
                className="small"
                data-testid={`package3d-add-${source.design.id}`}
                onClick={() => addDesign(source.design)}
              >
                Add to scenario to edit
              </button>
            </p>
          ))}
        </div>
      </div>
    </section>
  );
}
