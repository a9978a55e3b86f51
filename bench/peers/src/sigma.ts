/**
 * sigma.js on graphology, as its examples draw a network: nodes at random start positions,
 * then ForceAtlas2 in a worker (graphology-layout-forceatlas2/worker) with the settings it
 * infers for the graph. FA2 never stops by itself, so the page stops it as the old sigma FA2
 * plugin's auto-stop did: when nodes move on average less than half a pixel of a 1,000-pixel
 * view in an iteration (0.05% of the layout's extent), or after 1,000 iterations.
 */
import { MultiGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { mulberry32 } from '../../../scripts/lib/random';
import { container, markAtRest, markFirstPicture, run } from './peer';

const MAX_ITERATIONS = 1000;
const STILL = 0.0005;

run(({ nodes, edges }) => {
  // Two actors may be tied twice (by relations of different types): a multigraph.
  const graph = new MultiGraph<{ label: string; x: number; y: number; size: number; color: string }>();
  // The same random start on every load.
  const random = mulberry32(1);
  for (const n of nodes) graph.addNode(n.id, { label: n.label, x: random(), y: random(), size: 4, color: '#4269d0' });
  for (const e of edges) graph.addEdgeWithKey(e.id, e.source, e.target, { color: '#bbb' });

  new Sigma(graph, container()); // renders once, in its constructor
  markFirstPicture(graph.order);

  const layout = new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph) });
  let iterations = 0;
  let last: Float64Array | null = null;
  let stopped = false;
  graph.on('eachNodeAttributesUpdated', () => {
    if (stopped) return;
    iterations++;
    const now = new Float64Array(graph.order * 2);
    let i = 0;
    let moved = 0;
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity; // prettier-ignore
    graph.forEachNode((_, a) => {
      now[i] = a.x;
      now[i + 1] = a.y;
      if (last) moved += Math.hypot(a.x - (last[i] ?? 0), a.y - (last[i + 1] ?? 0));
      minX = Math.min(minX, a.x);
      maxX = Math.max(maxX, a.x);
      minY = Math.min(minY, a.y);
      maxY = Math.max(maxY, a.y);
      i += 2;
    });
    const extent = Math.max(maxX - minX, maxY - minY);
    const still = last !== null && moved / graph.order < STILL * extent;
    last = now;
    if (still || iterations >= MAX_ITERATIONS) {
      stopped = true;
      // Not killed here: the supervisor is still handling this iteration's message.
      layout.stop();
      setTimeout(() => layout.kill());
      markAtRest(`${still ? 'converged' : 'stopped'} after ${iterations} iterations`);
    }
  });
  layout.start();
});
