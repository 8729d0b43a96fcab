import { useEffect, useRef, useState } from 'react';
import * as THREE from 'three';
import * as OBC from '@thatopen/components';
// The Fragments worker is bundled as a file of our own build: the viewer works offline, never from a CDN.
import fragmentsWorkerUrl from '@thatopen/fragments/worker?url';
import { Alert, Spin } from 'antd';

export type ViewerIndex = { classes: string[]; storeys: string[]; materials: string[]; items: Array<[number, number, number, number, number]> };
export type ColourMode = 'none' | 'class' | 'material' | 'declared';
/** Elements to colour, named by IFC GlobalId (Fragments keeps them); later groups win where they overlap. */
export type HighlightGroup = { globalIds: string[]; color: string };

const PALETTE = ['#1677ff', '#52c41a', '#fa8c16', '#eb2f96', '#13c2c2', '#722ed1', '#faad14', '#a0d911', '#2f54eb', '#f5222d', '#8c8c8c', '#08979c'];

/**
 * The 3D view of one model version: loads the server-converted Fragments file (the browser never parses IFC),
 * picks elements with the mouse, colours by class / material / declared quantities and filters by storey.
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
  const state = useRef<{ components: OBC.Components; model: any; world: OBC.SimpleWorld<OBC.SimpleScene, OBC.OrthoPerspectiveCamera, OBC.SimpleRenderer>; fragments: OBC.FragmentsManager; sphere: THREE.Sphere | null } | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(0);
  const onPickRef = useRef(onPick);
  onPickRef.current = onPick;
  const onHighlightedRef = useRef(onHighlighted);
  onHighlightedRef.current = onHighlighted;
  // Highlight updates run one after another, so a quick second selection never interleaves with the first.
  const highlightQueue = useRef<Promise<void>>(Promise.resolve());
  const highlighted = useRef<number[]>([]);
  const focused = useRef(false);
  const ghosted = useRef(false);

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
    const fragments = components.get(OBC.FragmentsManager);
    fragments.init(fragmentsWorkerUrl);
    world.camera.controls.addEventListener('rest', () => void fragments.core.update(true));
    const raycaster = components.get(OBC.Raycasters).get(world);

    const onClick = async () => {
      const hit = (await raycaster.castRay()) as (THREE.Intersection & { localId?: number }) | null;
      onPickRef.current(hit?.localId ?? null);
      const model = state.current?.model;
      if (!model) return;
      await model.resetHighlight();
      if (hit?.localId !== undefined) await model.highlight([hit.localId], { color: new THREE.Color('#ff4d4f'), renderedFaces: 0, opacity: 1, transparent: false });
      await fragments.core.update(true);
    };
    if (pickable) {
      el.addEventListener('dblclick', onClick);
      el.addEventListener('click', onClick);
    }

    (async () => {
      try {
        const res = await fetch(`/api/bim/models/${modelId}/fragments`, { credentials: 'same-origin' });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const buffer = await res.arrayBuffer();
        if (disposed) return;
        const model = await fragments.core.load(buffer, { modelId });
        if (disposed) return;
        model.useCamera(world.camera.three);
        world.scene.three.add(model.object);
        await fragments.core.update(true);
        const box = new THREE.Box3().setFromObject(model.object);
        let sphere: THREE.Sphere | null = null;
        if (!box.isEmpty()) {
          sphere = box.getBoundingSphere(new THREE.Sphere());
          sphere.radius *= 0.75; // fill the view rather than leave a wide margin
          await world.camera.controls.fitToSphere(sphere, false);
        }
        await fragments.core.update(true);
        highlighted.current = [];
        focused.current = false;
        ghosted.current = false;
        state.current = { components, model, world, fragments, sphere };
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
      components.dispose();
    };
  }, [modelId]);

  // Colouring and storey filter follow the controls; ids are the IFC express ids (Fragments local ids).
  useEffect(() => {
    const s = state.current;
    if (!s || !index) return;
    const { model, fragments } = s;
    void (async () => {
      await model.resetColor(undefined);
      await model.resetVisible();
      if (storey !== null) {
        const si = index.storeys.indexOf(storey);
        const hide = index.items.filter((r) => r[2] !== si).map((r) => r[0]);
        if (hide.length) await model.setVisible(hide, false);
      }
      if (colourMode !== 'none') {
        const groups = new Map<string, number[]>();
        for (const r of index.items) {
          const key = colourMode === 'class' ? String(r[1]) : colourMode === 'material' ? String(r[3]) : String(r[4]);
          const list = groups.get(key) ?? [];
          list.push(r[0]);
          groups.set(key, list);
        }
        for (const [key, ids] of groups) {
          const colour = colourMode === 'declared' ? (key === '1' ? '#52c41a' : '#fa8c16') : key === '-1' ? '#bfbfbf' : PALETTE[Number(key) % PALETTE.length]!;
          await model.setColor(ids, new THREE.Color(colour));
        }
      }
      await fragments.core.update(true);
    })();
  }, [index, colourMode, storey, ready]);

  // Highlighting by GlobalId: looked up in the loaded Fragments model (the browser never needs the element rows).
  useEffect(() => {
    const s = state.current;
    const el = container.current;
    if (!s || !el || !highlight) return;
    highlightQueue.current = highlightQueue.current
      .then(async () => {
        if (state.current !== s) return;
        const { model, fragments, world } = s;
        if (highlighted.current.length) await model.resetColor(highlighted.current);
        const all = new Set<number>();
        const coloured: Array<[string, number[]]> = [];
        for (const g of highlight) {
          const ids = g.globalIds.length ? ((await model.getLocalIdsByGuids(g.globalIds)) as Array<number | null>).filter((x): x is number => x !== null) : [];
          coloured.push([g.color, ids]);
          for (const id of ids) all.add(id);
        }
        for (const [colour, ids] of coloured) if (ids.length) await model.setColor(ids, new THREE.Color(colour));
        highlighted.current = [...all];
        const focusIds = focusGlobalIds?.length ? ((await model.getLocalIdsByGuids(focusGlobalIds)) as Array<number | null>).filter((x): x is number => x !== null) : [];
        // The focused elements stay solid and everything else turns see-through, so members inside the model show.
        if (ghosted.current) {
          await model.resetOpacity(undefined);
          ghosted.current = false;
        }
        if (focusIds.length) {
          const keep = new Set(focusIds);
          const others = ((await model.getItemsIdsWithGeometry()) as number[]).filter((id) => !keep.has(id));
          if (others.length) {
            await model.setOpacity(others, 0.12);
            ghosted.current = true;
          }
          const box: THREE.Box3 = await model.getMergedBox(focusIds);
          if (!box.isEmpty()) {
            const sphere = box.getBoundingSphere(new THREE.Sphere());
            sphere.radius = Math.max(sphere.radius * 1.2, 0.5);
            await world.camera.controls.fitToSphere(sphere, true);
            focused.current = true;
          }
        } else if (focused.current && s.sphere) {
          await world.camera.controls.fitToSphere(s.sphere, true);
          focused.current = false;
        }
        await fragments.core.update(true);
        el.dataset.highlighted = String(all.size);
        onHighlightedRef.current?.(all.size);
      })
      .catch((err) => console.warn('highlight failed', err));
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
      {error && <Alert type="error" showIcon message={labels.failed} description={error} style={{ position: 'absolute', top: 16, left: 16, right: 16 }} />}
    </div>
  );
}

export const viewerPalette = PALETTE;
