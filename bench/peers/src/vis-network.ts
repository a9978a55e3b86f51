/**
 * vis-network with its defaults, as its examples draw a network: stabilised before it is first
 * drawn, then at rest on the 'stabilized' event.
 */
import { DataSet, Network } from 'vis-network/standalone';
import { container, markAtRest, markFirstPicture, run } from './peer';

run(({ nodes, edges }) => {
  const data = {
    nodes: new DataSet(nodes.map((n) => ({ id: n.id, label: n.label }))),
    edges: new DataSet(edges.map((e) => ({ id: e.id, from: e.source, to: e.target }))),
  };
  const network = new Network(container(), data, {});
  network.on('afterDrawing', () => markFirstPicture(data.nodes.length));
  network.on('stabilized', () => markAtRest());
});
