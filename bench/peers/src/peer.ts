/**
 * What every peer page shares: it reads `?scenario=<url>`, maps the scenario's actors to
 * nodes (with their short labels) and its relations to edges, and marks two moments for the
 * harness (scripts/bench-peers.ts): `performance.mark('first-picture')` once the library has
 * first drawn the graph, and `performance.mark('at-rest')` once its layout has stopped.
 * `<html data-nodes>` says how many nodes the library holds, `data-error` what went wrong.
 */

export interface PeerNode {
  id: string;
  label: string;
}

export interface PeerEdge {
  id: string;
  source: string;
  target: string;
}

export interface PeerGraph {
  nodes: PeerNode[];
  edges: PeerEdge[];
}

interface ScenarioFile {
  actors: { id: string; name: string; label?: string }[];
  relations: { id: string; source: string; target: string }[];
}

/** The scenario named by `?scenario=`, as nodes and edges. */
export async function loadGraph(): Promise<PeerGraph> {
  const param = new URLSearchParams(location.search).get('scenario');
  if (!param) throw new Error('no ?scenario= in the address');
  const response = await fetch(new URL(param, location.href));
  if (!response.ok) throw new Error(`${param}: HTTP ${response.status}`);
  const s = (await response.json()) as ScenarioFile;
  return {
    nodes: s.actors.map((a) => ({ id: a.id, label: a.label ?? a.name })),
    edges: s.relations.map((r) => ({ id: r.id, source: r.source, target: r.target })),
  };
}

/** The page's drawing area: the whole viewport. */
export function container(): HTMLElement {
  const el = document.getElementById('graph');
  if (!el) throw new Error('no #graph element');
  return el;
}

let pictured = false;
let restPending: { detail?: string } | null = null;

let asked = false;

/**
 * Call once the library has drawn the graph: marks the first picture (once) when the frame
 * that shows it has been made (an animation frame, then a message, which runs after that
 * frame's paint), so a canvas whose drawing holds up the page is not counted as shown before
 * the page could show it. Drawing done inside an animation frame is marked at most a frame late.
 */
export function markFirstPicture(nodes: number): void {
  if (asked) return;
  asked = true;
  document.documentElement.dataset.nodes = String(nodes);
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      pictured = true;
      performance.mark('first-picture');
      if (restPending) markAtRest(restPending.detail);
    };
    channel.port2.postMessage(0);
  });
}

/** Marks the layout at rest (once); a layout that stops before the first picture is shown is at rest with it. */
export function markAtRest(detail?: string): void {
  if (!pictured) {
    restPending = { detail };
    return;
  }
  if (document.documentElement.dataset.atRest) return;
  document.documentElement.dataset.atRest = detail ?? 'true';
  performance.mark('at-rest', { detail });
}

/** Runs the page: any error is shown and set as `data-error`. */
export function run(draw: (graph: PeerGraph) => void | Promise<void>): void {
  loadGraph()
    .then(draw)
    .catch((err: unknown) => {
      const text = err instanceof Error ? err.message : String(err);
      document.documentElement.dataset.error = text.slice(0, 300);
      container().textContent = `Could not draw: ${text}`;
    });
}
