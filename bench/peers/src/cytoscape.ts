/**
 * Cytoscape.js with the fcose layout at its defaults (animated), as its README runs it: the
 * first picture is the first frame the renderer draws, at rest on 'layoutstop'.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { container, markAtRest, markFirstPicture, run } from './peer';

cytoscape.use(fcose);

run(({ nodes, edges }) => {
  const cy = cytoscape({
    container: container(),
    elements: [...nodes.map((n) => ({ data: { id: n.id, label: n.label } })), ...edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } }))],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 12 } },
      { selector: 'edge', style: { width: 1, 'line-color': '#999' } },
    ],
  });
  cy.one('render', () => markFirstPicture(cy.nodes().length));
  const layout = cy.layout({ name: 'fcose' } as cytoscape.LayoutOptions);
  layout.one('layoutstop', () => markAtRest());
  layout.run();
});
