import { useEffect, useRef, useState } from 'react';
import * as THREE from 'three';
import * as OBC from '@thatopen/components';
import { Alert, Spin } from 'antd';
import { readGeometryFile } from '../../../domain/bim/geometryFile.js';
import { ModelScene } from './modelScene.js';
import type { ResponseOf } from '../../api/types.js';

export type ViewerIndex = ResponseOf<'/api/bim/models/{id}/index'>;
export type ColourMode = 'none' | 'class' | 'material' | 'declared';
/** Elements to colour, named by IFC GlobalId (the geometry file carries them); later groups win where they overlap. */
export type HighlightGroup = { globalIds: string[]; color: string };

const PALETTE = [
  '#1677ff',
  '#52c41a',
  '#fa8c16',
  '#eb2f96',
  '#13c2c2',
  '#722ed1',
  '#faad14',
  '#a0d911',
  '#2f54eb',
  '#f5222d',
  '#8c8c8c',
  '#08979c',
];

/** Fetches the geometry file; a model processed before it existed answers 503 while its file is built, so wait. */
async function fetchGeometry(modelId: string, cancelled: () => boolean): Promise<ArrayBuffer | null> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`/api/bim/models/${modelId}/geometry`, { credentials: 'same-origin' });
    if (res.status === 503 && attempt < 24) {
      await new Promise((r) => setTimeout(r, Math.min(30, Number(res.headers.get('retry-after')) || 5) * 1000));
      if (cancelled()) return null;
      continue;
    }
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.arrayBuffer();
  }
}

/**
 * The 3D view of one model version: draws the server-made geometry file with three.js in a That Open world (the
 * browser never parses IFC), picks elements with the mouse, colours by class / material / declared quantities,
 * filters by storey, and highlights or focuses elements named by GlobalId.
 */
export function ModelViewer({
  modelId,
  index,
  colourMode,
  storey,
  onPick,
  onLoaded,
  labels,
  highlight,
  focusGlobalIds,
  onHighlighted,
  pickable = true,
}: {
  modelId: string;
  index: ViewerIndex | undefined;
  colourMode: ColourMode;
  storey: string | null;
  onPick(expressId: number | null): void;
  onLoaded?(ms: number): void;
  labels: { loading: string; failed: string };
  /** Colours these elements (on top of the colour mode); the container's data-highlighted counts those found. */
  highlight?: HighlightGroup[];
  /** Zooms to these elements; null or empty zooms back out to the whole model. */
  focusGlobalIds?: string[] | null;
  /** How many distinct elements of `highlight` were found in the model and coloured. */
  onHighlighted?(count: number): void;
  /** false: clicks only orbit the camera (no pick highlight), so a highlight/focus set by the page stays as it is. */
  pickable?: boolean;
}) {
  const container = useRef<HTMLDivElement>(null);
  const state = useRef<{
    scene: ModelScene;
    world: OBC.SimpleWorld<OBC.SimpleScene, OBC.OrthoPerspectiveCamera, OBC.SimpleRenderer>;
    sphere: THREE.Sphere | null;
  } | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(0);
  const onPickRef = useRef(onPick);
  onPickRef.current = onPick;
  const onHighlightedRef = useRef(onHighlighted);
  onHighlightedRef.current = onHighlighted;
  const focused = useRef(false);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let disposed = false;
    const started = performance.now();
    const components = new OBC.Components();
    const world = components.get(OBC.Worlds).create<OBC.SimpleScene, OBC.OrthoPerspectiveCamera, OBC.SimpleRenderer>();
    world.scene = new OBC.SimpleScene(components);
    world.scene.setup();
    world.scene.three.background = new THREE.Color('#f0f2f5');
    world.renderer = new OBC.SimpleRenderer(components, el);
    world.camera = new OBC.OrthoPerspectiveCamera(components);
    components.init();
    const raycaster = components.get(OBC.Raycasters).get(world);

    const onClick = () => {
      const s = state.current;
      if (!s) return;
      const expressId = s.scene.elementAt(raycaster.castRayToObjects(s.scene.meshes()));
      onPickRef.current(expressId);
      s.scene.picked = expressId;
      s.scene.paint();
    };
    if (pickable) {
      el.addEventListener('dblclick', onClick);
      el.addEventListener('click', onClick);
    }

    let scene: ModelScene | null = null;
    (async () => {
      try {
        const buffer = await fetchGeometry(modelId, () => disposed);
        if (disposed || !buffer) return;
        scene = new ModelScene(readGeometryFile(buffer));
        world.scene.three.add(scene.group);
        const box = scene.box();
        let sphere: THREE.Sphere | null = null;
        if (!box.isEmpty()) {
          sphere = box.getBoundingSphere(new THREE.Sphere());
          sphere.radius *= 0.75; // fill the view rather than leave a wide margin
          await world.camera.controls.fitToSphere(sphere, false);
        }
        // Shown once a frame with the model has been drawn.
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        if (disposed) return;
        focused.current = false;
        state.current = { scene, world, sphere };
        el.dataset.loadedMs = String(Math.round(performance.now() - started));
        onLoaded?.(performance.now() - started);
        setLoading(false);
        setReady((n) => n + 1);
      } catch (err) {
        if (!disposed) {
          setError(err instanceof Error ? err.message : String(err));
          setLoading(false);
        }
      }
    })();
    return () => {
      disposed = true;
      el.removeEventListener('dblclick', onClick);
      el.removeEventListener('click', onClick);
      state.current = null;
      if (scene) world.scene.three.remove(scene.group);
      scene?.dispose();
      components.dispose();
    };
  }, [modelId]);

  // Colouring and storey filter follow the controls; ids are the IFC express ids.
  useEffect(() => {
    const s = state.current;
    if (!s || !index) return;
    const si = storey === null ? -1 : index.storeys.indexOf(storey);
    s.scene.hidden = new Set(storey === null ? [] : index.items.filter((r) => r[2] !== si).map((r) => r[0]));
    const colours = new Map<number, THREE.Color>();
    if (colourMode !== 'none') {
      const byKey = new Map<number, THREE.Color>();
      for (const r of index.items) {
        const key = colourMode === 'class' ? r[1] : colourMode === 'material' ? r[3] : r[4];
        let colour = byKey.get(key);
        if (!colour)
          byKey.set(
            key,
            (colour = new THREE.Color(
              colourMode === 'declared' ? (key === 1 ? '#52c41a' : '#fa8c16') : key === -1 ? '#bfbfbf' : PALETTE[key % PALETTE.length]!,
            )),
          );
        colours.set(r[0], colour);
      }
    }
    s.scene.modeColours = colours;
    s.scene.paint();
  }, [index, colourMode, storey, ready]);

  // Highlighting by GlobalId, looked up in the geometry file's GlobalId table (the browser never needs the element rows).
  useEffect(() => {
    const s = state.current;
    const el = container.current;
    if (!s || !el || !highlight) return;
    const { scene, world } = s;
    const colours = new Map<number, THREE.Color>();
    for (const g of highlight) {
      const colour = new THREE.Color(g.color);
      for (const e of scene.expressIds(g.globalIds)) colours.set(e, colour);
    }
    scene.groupColours = colours;
    const focusIds = focusGlobalIds?.length ? scene.expressIds(focusGlobalIds) : [];
    // The focused elements stay solid and everything else turns see-through, so members inside the model show.
    scene.focus(focusIds.length ? focusIds : null);
    if (focusIds.length) {
      const box = scene.box(focusIds);
      if (!box.isEmpty()) {
        const sphere = box.getBoundingSphere(new THREE.Sphere());
        sphere.radius = Math.max(sphere.radius * 1.2, 0.5);
        void world.camera.controls.fitToSphere(sphere, true);
        focused.current = true;
      }
    } else if (focused.current && s.sphere) {
      void world.camera.controls.fitToSphere(s.sphere, true);
      focused.current = false;
    }
    el.dataset.highlighted = String(colours.size);
    onHighlightedRef.current?.(colours.size);
  }, [highlight, focusGlobalIds, ready]);

  return (
    <div style={{ position: 'relative', height: 520, border: '1px solid #f0f0f0', borderRadius: 8, overflow: 'hidden' }}>
      <div ref={container} data-testid="bim-viewer" style={{ position: 'absolute', inset: 0 }} />
      {loading && (
        <div style={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center' }}>
          <Spin tip={labels.loading}>
            <div style={{ width: 120, height: 60 }} />
          </Spin>
        </div>
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          message={labels.failed}
          description={error}
          style={{ position: 'absolute', top: 16, left: 16, right: 16 }}
        />
      )}
    </div>
  );
}

export const viewerPalette = PALETTE;
