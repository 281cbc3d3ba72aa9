import {
  BoxGeometry,
  BufferGeometry,
  Color,
  CylinderGeometry,
  DirectionalLight,
  Float32BufferAttribute,
  HemisphereLight,
  InstancedMesh,
  LineBasicMaterial,
  LineSegments,
  Matrix4,
  MeshBasicMaterial,
  MeshLambertMaterial,
  PerspectiveCamera,
  Quaternion,
  Raycaster,
  Scene,
  SRGBColorSpace,
  Vector2,
  Vector3,
  WebGLRenderer,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { PackageScene, PartKind, ScenePart, Vec3 } from '../../../../core';
import { drawLegend, drawTextBox } from './exportImage';
import { heatDomain, heatPosition, heatRgb, KIND_COLORS, type HeatDomain } from './colorScale';

/** See-through kinds: containers whose contents matter more than their walls. */
const GLASS_KINDS: ReadonlySet<PartKind> = new Set([
  'chassis',
  'cage',
  'jacket',
  'ribbon',
  'buffer',
]);
/**
 * Large flat slabs: unlit. Lighting a plane seen from above adds nothing but per-pixel cost, and in
 * software WebGL these slabs are most of the pixels.
 */
const FLAT_KINDS: ReadonlySet<PartKind> = new Set(['chassis', 'board', 'faceplate']);
/** Thin round parts drawn with fewer sides: there are thousands of them. */
const THIN_KINDS: ReadonlySet<PartKind> = new Set(['fiber', 'core', 'conductor']);
const VIEW_DIRECTION = new Vector3(0.55, 0.62, 1).normalize();
const CABLE_VIEW_DIRECTION = new Vector3(0.18, 0.22, 1).normalize();
const Y_TO_X = new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), Math.PI / 2);
const Y_TO_Z = new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), Math.PI / 2);
const IDENTITY = new Quaternion();

export interface RendererCallbacks {
  /** The part under the pointer changed (null: none); client coordinates of the pointer. */
  onHover(part: ScenePart | null, clientX: number, clientY: number): void;
  onPick(part: ScenePart): void;
}

interface Group {
  readonly mesh: InstancedMesh;
  readonly parts: readonly ScenePart[];
}

interface OverlayLabel {
  readonly element: HTMLDivElement;
  readonly at: Vector3;
  readonly text: string;
}

/**
 * The three.js side of the Package 3D view, outside React: one renderer, camera and controls for
 * the view's life; one InstancedMesh per kind of part, sharing three unit geometries and a few
 * materials; matrices and colours mutated in place. It draws only when something changed (or
 * while auto-orbiting) and counts the frames it drew in `data-frames` on its container.
 */
export class SceneRenderer {
  private readonly renderer: WebGLRenderer;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(35, 1, 1, 10000);
  private readonly controls: OrbitControls;
  private readonly raycaster = new Raycaster();
  private readonly geometries = {
    box: new BoxGeometry(1, 1, 1),
    cylinder: new CylinderGeometry(0.5, 0.5, 1, 16),
    thin: new CylinderGeometry(0.5, 0.5, 1, 6),
    // Fibres seen along their length: an open three-sided prism. Software rasterisers pay per
    // scan line of every long sliver triangle, so 6 triangles instead of 24 per fibre is most of
    // the frame time of a 1000-fibre switch.
    strand: new CylinderGeometry(0.5, 0.5, 1, 3, 1, true),
  };
  private readonly materials = {
    solid: new MeshLambertMaterial({ color: 0xffffff }),
    glass: new MeshLambertMaterial({
      color: 0xffffff,
      transparent: true,
      opacity: 0.28,
      depthWrite: false,
    }),
    flat: new MeshBasicMaterial({ color: 0xd8dce3 }),
    flatGlass: new MeshBasicMaterial({
      color: 0xd8dce3,
      transparent: true,
      opacity: 0.22,
      depthWrite: false,
    }),
    line: new LineBasicMaterial({ color: 0x1d2330 }),
    fiberLine: new LineBasicMaterial({ vertexColors: true }),
  };
  private readonly labelLayer: HTMLDivElement;
  private readonly resizeObserver: ResizeObserver;
  private groups: Group[] = [];
  private dimensionLines: LineSegments | null = null;
  /** Fibres as 1-px lines when they are thinner than a pixel (see updateFiberDetail). */
  private fiberLines: LineSegments | null = null;
  private fiberGroups: Group[] = [];
  private fiberDiameter_mm = 0;
  private labels: OverlayLabel[] = [];
  private current: PackageScene | null = null;
  private domain: HeatDomain | null = null;
  private explode = 0;
  private hovered: { group: Group; index: number } | null = null;
  private pointer: { x: number; y: number } | null = null;
  private pointerMoved = false;
  private pointerDown: { x: number; y: number } | null = null;
  private dirty = true;
  private frameHandle = 0;
  private frames = 0;
  private autoRotate = false;
  private readonly scratch = {
    matrix: new Matrix4(),
    position: new Vector3(),
    scale: new Vector3(),
    color: new Color(),
    projected: new Vector3(),
    ndc: new Vector2(),
  };

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: RendererCallbacks,
  ) {
    this.renderer = new WebGLRenderer({ antialias: false, powerPreference: 'high-performance' });
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
    this.renderer.outputColorSpace = SRGBColorSpace;
    const background = getComputedStyle(container).getPropertyValue('--surface-sunken').trim();
    this.scene.background = new Color(background === '' ? '#f8f9fb' : background);
    this.scene.add(new HemisphereLight(0xffffff, 0x8a94a4, 2.2));
    const sun = new DirectionalLight(0xffffff, 1.6);
    sun.position.set(0.4, 1, 0.7);
    this.scene.add(sun);
    this.renderer.domElement.className = 'package3d-canvas';
    this.renderer.domElement.setAttribute('data-testid', 'package3d-canvas');
    container.appendChild(this.renderer.domElement);
    this.labelLayer = document.createElement('div');
    this.labelLayer.className = 'package3d-labels';
    container.appendChild(this.labelLayer);

    this.controls = new OrbitControls(this.camera, this.renderer.domElement);
    this.controls.addEventListener('change', this.markDirty);
    this.controls.autoRotateSpeed = 6;
    const canvas = this.renderer.domElement;
    canvas.addEventListener('pointermove', this.onPointerMove);
    canvas.addEventListener('pointerleave', this.onPointerLeave);
    canvas.addEventListener('pointerdown', this.onPointerDown);
    canvas.addEventListener('pointerup', this.onPointerUp);
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(container);
    this.resize();
    this.frameHandle = requestAnimationFrame(this.loop);
  }

  /** Replaces the drawn parts; returns the milliseconds it took, including one frame. */
  setScene(scene: PackageScene, fitCamera: boolean): number {
    const start = performance.now();
    this.clearScene();
    this.callbacks.onHover(null, 0, 0);
    this.pointerMoved = this.pointer !== null;
    this.current = scene;
    this.domain = heatDomain(scene.parts);
    const byGroup = new Map<string, ScenePart[]>();
    for (const part of scene.parts) {
      const key = `${part.kind}|${part.shape}`;
      const list = byGroup.get(key);
      if (list === undefined) byGroup.set(key, [part]);
      else list.push(part);
    }
    for (const parts of byGroup.values()) {
      const first = parts[0];
      if (first === undefined) continue;
      const geometry =
        first.shape === 'box'
          ? this.geometries.box
          : first.kind === 'fiber' && scene.kind !== 'cables'
            ? this.geometries.strand
            : THIN_KINDS.has(first.kind)
              ? this.geometries.thin
              : this.geometries.cylinder;
      const glass = GLASS_KINDS.has(first.kind);
      const material = FLAT_KINDS.has(first.kind)
        ? glass
          ? this.materials.flatGlass
          : this.materials.flat
        : glass
          ? this.materials.glass
          : this.materials.solid;
      const mesh = new InstancedMesh(geometry, material, parts.length);
      mesh.renderOrder = glass ? 1 : 0;
      const group = { mesh, parts };
      for (let index = 0; index < parts.length; index++) this.paint(group, index, false);
      this.groups.push(group);
      this.scene.add(mesh);
    }
    this.fiberGroups =
      scene.kind === 'cables' ? [] : this.groups.filter((g) => g.parts[0]?.kind === 'fiber');
    this.fiberDiameter_mm = this.fiberGroups[0]?.parts[0]?.size_mm[1] ?? 0;
    if (this.fiberGroups.length > 0) {
      const count = this.fiberGroups.reduce((sum, g) => sum + g.parts.length, 0);
      const geometry = new BufferGeometry();
      geometry.setAttribute('position', new Float32BufferAttribute(new Float32Array(count * 6), 3));
      geometry.setAttribute('color', new Float32BufferAttribute(new Float32Array(count * 6), 3));
      this.fiberLines = new LineSegments(geometry, this.materials.fiberLine);
      this.fiberLines.frustumCulled = false;
      this.scene.add(this.fiberLines);
      for (const group of this.fiberGroups) {
        for (let index = 0; index < group.parts.length; index++) this.paint(group, index, false);
      }
    }
    this.placeInstances();
    this.buildOverlays(scene);
    if (fitCamera) this.fitCamera();
    this.renderNow();
    return performance.now() - start;
  }

  /** 0 = assembled, 1 = every part moved by its full explosion offset. */
  setExplode(fraction: number): void {
    this.explode = fraction;
    this.placeInstances();
    this.markDirty();
  }

  setAutoRotate(on: boolean): void {
    this.autoRotate = on;
    this.controls.autoRotate = on;
  }

  resetCamera(): void {
    this.fitCamera();
    this.markDirty();
  }

  /** A PNG of the view as it is, with its labels and the power-density legend drawn in. */
  exportPng(title: string): Promise<Blob | null> {
    this.renderNow();
    const source = this.renderer.domElement;
    const canvas = document.createElement('canvas');
    canvas.width = source.width;
    canvas.height = source.height;
    const context = canvas.getContext('2d');
    if (context === null) return Promise.resolve(null);
    // Same task as the render, so the drawing buffer is still there without preserveDrawingBuffer.
    context.drawImage(source, 0, 0);
    const ratio = this.renderer.getPixelRatio();
    context.scale(ratio, ratio);
    for (const label of this.labels) {
      const point = this.toScreen(label.at);
      if (point !== null) drawTextBox(context, label.text, point.x, point.y);
    }
    drawTextBox(context, title, 12, 16, 'left');
    if (this.domain !== null) drawLegend(context, this.domain, 12, source.height / ratio - 44);
    return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  }

  dispose(): void {
    cancelAnimationFrame(this.frameHandle);
    this.resizeObserver.disconnect();
    this.controls.removeEventListener('change', this.markDirty);
    this.controls.dispose();
    this.clearScene();
    Object.values(this.geometries).forEach((geometry) => geometry.dispose());
    Object.values(this.materials).forEach((material) => material.dispose());
    this.renderer.dispose();
    this.renderer.domElement.remove();
    this.labelLayer.remove();
  }

  private clearScene(): void {
    for (const { mesh } of this.groups) {
      this.scene.remove(mesh);
      mesh.dispose();
    }
    this.groups = [];
    this.hovered = null;
    if (this.fiberLines !== null) {
      this.scene.remove(this.fiberLines);
      this.fiberLines.geometry.dispose();
      this.fiberLines = null;
    }
    this.fiberGroups = [];
    if (this.dimensionLines !== null) {
      this.scene.remove(this.dimensionLines);
      this.dimensionLines.geometry.dispose();
      this.dimensionLines = null;
    }
    this.labelLayer.replaceChildren();
    this.labels = [];
  }

  private paint(group: Group, index: number, highlight: boolean): void {
    const part = group.parts[index];
    if (part === undefined) return;
    const color = this.scratch.color;
    const density = part.power_density_W_per_mm2;
    if (density !== null && density > 0 && this.domain !== null) {
      const [r, g, b] = heatRgb(heatPosition(density, this.domain));
      color.setRGB(r, g, b, SRGBColorSpace);
    } else {
      color.setHex(KIND_COLORS[part.kind]);
    }
    if (highlight) color.lerp(new Color(0xffffff), 0.55);
    group.mesh.setColorAt(index, color);
    if (group.mesh.instanceColor !== null) group.mesh.instanceColor.needsUpdate = true;
    const line = this.lineIndex(group, index);
    if (line !== null && this.fiberLines !== null) {
      const colors = this.fiberLines.geometry.getAttribute('color') as Float32BufferAttribute;
      colors.setXYZ(line * 2, color.r, color.g, color.b);
      colors.setXYZ(line * 2 + 1, color.r, color.g, color.b);
      colors.needsUpdate = true;
    }
  }

  private placeInstances(): void {
    const { matrix, position, scale } = this.scratch;
    for (const group of this.groups) {
      group.parts.forEach((part, index) => {
        const [cx, cy, cz] = part.center_mm;
        const [ex, ey, ez] = part.explode_mm;
        const [sx, sy, sz] = part.size_mm;
        position.set(cx + ex * this.explode, cy + ey * this.explode, cz + ez * this.explode);
        switch (part.shape) {
          case 'box':
          case 'cylinder-y':
            scale.set(sx, sy, sz);
            matrix.compose(position, IDENTITY, scale);
            break;
          case 'cylinder-x':
            scale.set(sy, sx, sz);
            matrix.compose(position, Y_TO_X, scale);
            break;
          case 'cylinder-z':
            scale.set(sx, sz, sy);
            matrix.compose(position, Y_TO_Z, scale);
            break;
        }
        group.mesh.setMatrixAt(index, matrix);
      });
      group.mesh.instanceMatrix.needsUpdate = true;
      group.mesh.computeBoundingSphere();
      group.mesh.computeBoundingBox();
    }
    this.placeFiberLines();
  }

  /** Index of a fibre among the line segments, or null for parts that are not drawn as lines. */
  private lineIndex(group: Group, index: number): number | null {
    let offset = 0;
    for (const fibers of this.fiberGroups) {
      if (fibers === group) return offset + index;
      offset += fibers.parts.length;
    }
    return null;
  }

  private placeFiberLines(): void {
    if (this.fiberLines === null) return;
    const positions = this.fiberLines.geometry.getAttribute('position') as Float32BufferAttribute;
    let line = 0;
    for (const group of this.fiberGroups) {
      for (const part of group.parts) {
        const axis = part.shape === 'cylinder-x' ? 0 : part.shape === 'cylinder-z' ? 2 : 1;
        const centre = part.center_mm.map((c, i) => c + (part.explode_mm[i] ?? 0) * this.explode);
        const half = part.size_mm[axis] / 2;
        const from = [...centre];
        const to = [...centre];
        from[axis] = (from[axis] ?? 0) - half;
        to[axis] = (to[axis] ?? 0) + half;
        positions.setXYZ(line * 2, from[0] ?? 0, from[1] ?? 0, from[2] ?? 0);
        positions.setXYZ(line * 2 + 1, to[0] ?? 0, to[1] ?? 0, to[2] ?? 0);
        line++;
      }
    }
    positions.needsUpdate = true;
  }

  /**
   * Level of detail for fibres: below ~2 px across they are drawn as lines, which software WebGL
   * rasterises far faster than thousands of sliver triangles; closer up, as instanced strands.
   * Picking always uses the strands (raycasting ignores visibility).
   */
  private updateFiberDetail(): void {
    if (this.fiberLines === null) return;
    const distance = this.camera.position.distanceTo(this.controls.target);
    const pixelsPerMm =
      this.container.clientHeight / (2 * distance * Math.tan((this.camera.fov * Math.PI) / 360));
    const asLines = this.fiberDiameter_mm * pixelsPerMm < 2;
    this.fiberLines.visible = asLines;
    for (const group of this.fiberGroups) group.mesh.visible = !asLines;
  }

  private buildOverlays(scene: PackageScene): void {
    const positions: number[] = [];
    const push = (a: Vec3, b: Vec3) => positions.push(...a, ...b);
    for (const dimension of scene.dimensions) {
      const { from_mm: a, to_mm: b } = dimension;
      const tick = Math.max(dimension.length_mm * 0.04, 0.15);
      push(a, b);
      push([a[0], a[1] - tick, a[2]], [a[0], a[1] + tick, a[2]]);
      push([b[0], b[1] - tick, b[2]], [b[0], b[1] + tick, b[2]]);
      this.addLabel(
        new Vector3((a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + tick, (a[2] + b[2]) / 2),
        dimension.label,
        'dimension',
      );
    }
    for (const label of scene.labels) {
      this.addLabel(new Vector3(...label.at_mm), label.text, 'note');
    }
    if (positions.length > 0) {
      const geometry = new BufferGeometry();
      geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
      this.dimensionLines = new LineSegments(geometry, this.materials.line);
      this.scene.add(this.dimensionLines);
    }
  }

  private addLabel(at: Vector3, text: string, kind: 'dimension' | 'note'): void {
    const element = document.createElement('div');
    element.className = `package3d-label package3d-label-${kind}`;
    element.textContent = text;
    this.labelLayer.appendChild(element);
    this.labels.push({ element, at, text });
  }

  /** Frames the scene's focus box: distance refined until its corners fill ~85 % of the view. */
  private fitCamera(): void {
    const scene = this.current;
    if (scene === null) return;
    const { min, max } = scene.focus_mm;
    const center = new Vector3((min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2);
    const radius = Math.max(
      1e-3,
      Math.hypot(max[0] - min[0], max[1] - min[1], max[2] - min[2]) / 2,
    );
    const direction = scene.kind === 'cables' ? CABLE_VIEW_DIRECTION : VIEW_DIRECTION;
    const corners = [0, 1, 2, 3, 4, 5, 6, 7].map(
      (i) => new Vector3(i & 1 ? max[0] : min[0], i & 2 ? max[1] : min[1], i & 4 ? max[2] : min[2]),
    );
    let distance = radius / Math.sin((this.camera.fov * Math.PI) / 360);
    for (let step = 0; step < 4; step++) {
      this.camera.position.copy(center).addScaledVector(direction, distance);
      this.camera.near = distance / 200;
      this.camera.far = distance * 20;
      this.camera.lookAt(center);
      this.camera.updateMatrixWorld();
      this.camera.updateProjectionMatrix();
      const extent = Math.max(
        ...corners.map((corner) => {
          const p = this.scratch.projected.copy(corner).project(this.camera);
          return Math.max(Math.abs(p.x), Math.abs(p.y));
        }),
      );
      distance *= extent / 0.85;
    }
    this.camera.position.copy(center).addScaledVector(direction, distance);
    this.camera.updateProjectionMatrix();
    this.controls.target.copy(center);
    this.controls.update();
  }

  private resize(): void {
    const width = Math.max(1, this.container.clientWidth);
    const height = Math.max(1, this.container.clientHeight);
    this.renderer.setSize(width, height);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    this.markDirty();
  }

  private readonly markDirty = () => {
    this.dirty = true;
  };

  private readonly loop = () => {
    this.frameHandle = requestAnimationFrame(this.loop);
    if (this.autoRotate) this.controls.update();
    if (this.pointerMoved) this.updateHover();
    if (this.dirty || this.autoRotate) this.renderNow();
  };

  private renderNow(): void {
    this.updateFiberDetail();
    this.renderer.render(this.scene, this.camera);
    this.dirty = false;
    this.frames++;
    this.container.dataset['frames'] = String(this.frames);
    for (const label of this.labels) {
      const point = this.toScreen(label.at);
      if (point === null) {
        label.element.style.visibility = 'hidden';
      } else {
        label.element.style.visibility = 'visible';
        label.element.style.transform = `translate(${point.x}px, ${point.y}px) translate(-50%, -100%)`;
      }
    }
  }

  /** CSS-pixel position of a world point in the canvas, or null when behind the camera. */
  private toScreen(at: Vector3): { x: number; y: number } | null {
    const projected = this.scratch.projected.copy(at).project(this.camera);
    if (projected.z > 1) return null;
    return {
      x: ((projected.x + 1) / 2) * this.container.clientWidth,
      y: ((1 - projected.y) / 2) * this.container.clientHeight,
    };
  }

  private updateHover(): void {
    this.pointerMoved = false;
    const pointer = this.pointer;
    let hit: { group: Group; index: number } | null = null;
    if (pointer !== null) {
      const rect = this.renderer.domElement.getBoundingClientRect();
      this.scratch.ndc.set(
        ((pointer.x - rect.left) / rect.width) * 2 - 1,
        -((pointer.y - rect.top) / rect.height) * 2 + 1,
      );
      this.raycaster.setFromCamera(this.scratch.ndc, this.camera);
      const intersections = this.raycaster.intersectObjects(
        this.groups.map((group) => group.mesh),
        false,
      );
      // Look through glass (cages, jackets) to what they hold; fall back to the glass itself.
      const solid = intersections.find(
        (i) =>
          i.object instanceof InstancedMesh &&
          (i.object.material === this.materials.solid || i.object.material === this.materials.flat),
      );
      const chosen = solid ?? intersections[0];
      const group = this.groups.find((g) => g.mesh === chosen?.object);
      if (group !== undefined && chosen?.instanceId !== undefined) {
        hit = { group, index: chosen.instanceId };
      }
    }
    const same = hit?.group === this.hovered?.group && hit?.index === this.hovered?.index;
    if (!same) {
      if (this.hovered !== null) this.paint(this.hovered.group, this.hovered.index, false);
      if (hit !== null) this.paint(hit.group, hit.index, true);
      this.hovered = hit;
      this.markDirty();
    }
    const part = hit === null ? null : (hit.group.parts[hit.index] ?? null);
    this.callbacks.onHover(part, pointer?.x ?? 0, pointer?.y ?? 0);
  }

  private readonly onPointerMove = (event: PointerEvent) => {
    this.pointer = { x: event.clientX, y: event.clientY };
    this.pointerMoved = true;
  };

  private readonly onPointerLeave = () => {
    this.pointer = null;
    this.pointerMoved = true;
  };

  private readonly onPointerDown = (event: PointerEvent) => {
    this.pointerDown = { x: event.clientX, y: event.clientY };
  };

  private readonly onPointerUp = (event: PointerEvent) => {
    const down = this.pointerDown;
    this.pointerDown = null;
    if (down === null || Math.hypot(event.clientX - down.x, event.clientY - down.y) > 4) return;
    this.pointer = { x: event.clientX, y: event.clientY };
    this.updateHover();
    const part = this.hovered === null ? undefined : this.hovered.group.parts[this.hovered.index];
    if (part !== undefined) this.callbacks.onPick(part);
  };
}
