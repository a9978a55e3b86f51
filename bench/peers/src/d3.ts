/**
 * The plain d3-force SVG page, as the d3 gallery's force-directed graph draws one: links,
 * circles and labels in one SVG, positions written on every tick, at rest on 'end'.
 */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { create } from 'd3-selection';
import { container, markAtRest, markFirstPicture, run, type PeerEdge, type PeerNode } from './peer';

type Node = PeerNode & SimulationNodeDatum;
type Link = Omit<PeerEdge, 'source' | 'target'> & SimulationLinkDatum<Node>;

const px = (v: number | undefined) => v ?? 0;

run(({ nodes: inNodes, edges }) => {
  const width = innerWidth;
  const height = innerHeight;
  // d3-force writes onto the objects it is given: copies, as the gallery does.
  const nodes: Node[] = inNodes.map((n) => ({ ...n }));
  const links: Link[] = edges.map((e) => ({ ...e }));

  const simulation = forceSimulation(nodes)
    .force('link', forceLink<Node, Link>(links).id((d) => d.id))
    .force('charge', forceManyBody())
    .force('x', forceX())
    .force('y', forceY());

  const svg = create('svg').attr('width', width).attr('height', height).attr('viewBox', [-width / 2, -height / 2, width, height].join(' '));
  const link = svg.append('g').attr('stroke', '#999').attr('stroke-opacity', 0.6).selectAll('line').data(links).join('line');
  const node = svg.append('g').selectAll('g').data(nodes).join('g');
  node.append('circle').attr('r', 5).attr('fill', '#4269d0').attr('stroke', '#fff').attr('stroke-width', 1.5);
  node.append('text').attr('x', 8).attr('y', '0.31em').attr('font', '12px sans-serif').text((d) => d.label);
  const el = svg.node();
  if (el) container().append(el);

  simulation.on('tick', () => {
    link
      .attr('x1', (d) => px((d.source as Node).x))
      .attr('y1', (d) => px((d.source as Node).y))
      .attr('x2', (d) => px((d.target as Node).x))
      .attr('y2', (d) => px((d.target as Node).y));
    node.attr('transform', (d) => `translate(${px(d.x)},${px(d.y)})`);
    markFirstPicture(node.size());
  });
  simulation.on('end', () => markAtRest());
});
