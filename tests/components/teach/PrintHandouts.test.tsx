// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrintHandouts } from '../../../src/components/teach/PrintHandouts';
import { labelsAbove, PRINT_NODE_RADIUS, StaticNetwork } from '../../../src/components/teach/StaticNetwork';
import type { Scenario } from '../../../src/model/schema';
import kremlinJson from '../../../data/kremlin-meeting.json';
import { miniScenario } from '../../fixtures/mini';

const kremlin = kremlinJson as unknown as Scenario;

let scenario: Scenario;

beforeEach(() => {
  scenario = miniScenario();
  scenario.questions = ['Who gained from the summit?'];
  const [ana, bo, council] = scenario.actors;
  ana!.view.stances = [];
  ana!.view.sees = [{ actor: 'bo', attitude: 'wary', text: 'Bo Beta may walk away.', basis: 'inferred', ref: 'news#after' }];
  bo!.view.stances[0]!.basis = 'stated';
  council!.view.stances[0]!.position = -2;
});
afterEach(cleanup);

const cards = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('.handout-card')];

describe('PrintHandouts', () => {
  it('opens with an overview: the event, its network, issues, source and questions', () => {
    render(<PrintHandouts scenario={scenario} />);
    const overview = screen.getByRole('region', { name: 'The event' });
    expect(within(overview).getByRole('heading', { level: 1, name: 'A small summit' })).toBeInTheDocument();
    expect(within(overview).getByText('1 May')).toBeInTheDocument();
    expect(within(overview).getByText('Three parties met.')).toBeInTheDocument();
    expect(within(overview).getByRole('img', { name: 'A small summit: network of 3 actors' })).toBeInTheDocument();
    expect(within(overview).getByText('Stop now?')).toBeInTheDocument();
    expect(within(overview).getByText('−2: Keep going · +2: Stop now')).toBeInTheDocument();
    expect(within(overview).getByText('A news story')).toBeInTheDocument();
    expect(within(overview).getByText('Afterwards')).toBeInTheDocument();
    expect(within(overview).getByRole('heading', { level: 2, name: 'For discussion' })).toBeInTheDocument();
    expect(within(overview).getByText('Who gained from the summit?')).toBeInTheDocument();
  });

  it('has a key that explains shapes, line styles and basis words', () => {
    render(<PrintHandouts scenario={scenario} />);
    const key = screen.getByRole('region', { name: 'Key' });
    for (const words of ['Person', 'Group or bloc', 'Talks with', 'Puts strain on', 'Arrow: one way', '[Stated]', '[Reported]', '[Inferred]']) {
      expect(within(key).getByText(words)).toBeInTheDocument();
    }
    expect(within(key).queryByText('Government')).toBeNull(); // no government in this scenario
  });

  it('gives each actor exactly one card, headed with their name', () => {
    const { container } = render(<PrintHandouts scenario={scenario} />);
    const found = cards(container);
    expect(found).toHaveLength(scenario.actors.length);
    found.forEach((card, i) => {
      const actor = scenario.actors[i]!;
      expect(within(card).getByRole('heading', { level: 2, name: actor.name })).toBeInTheDocument();
      expect(within(card).getByText(actor.view.headline.text)).toBeInTheDocument();
      expect(within(card).getByText(actor.view.questions[0]!)).toBeInTheDocument();
    });
  });

  it('says every stance in words, and where the source is silent', () => {
    const { container } = render(<PrintHandouts scenario={scenario} />);
    const [ana, bo, council] = cards(container);
    expect(within(ana!).getByText('The source is silent on where Ana stands.')).toBeInTheDocument();
    expect(within(bo!).getByText('+1 (leans to: Stop now).')).toBeInTheDocument();
    expect(within(bo!).getByText('Bo leans to a truce.')).toBeInTheDocument();
    expect(within(council!).getByText('−2 (firmly for: Keep going).')).toBeInTheDocument();
  });

  it('says how each actor sees the others, with an attitude word or a silence', () => {
    const { container } = render(<PrintHandouts scenario={scenario} />);
    const ana = cards(container)[0]!;
    expect(within(ana).getByText('Wary:')).toBeInTheDocument();
    expect(within(ana).getByText('Bo Beta may walk away.')).toBeInTheDocument();
    expect(within(ana).getByText('The source is silent on this.')).toBeInTheDocument(); // on the Council
  });

  it('marks every claim with its basis word and source section, as plain text', () => {
    const { container } = render(<PrintHandouts scenario={scenario} />);
    const [ana, bo] = cards(container);
    // Ana: role, wants and outcome are reported; headline and fears inferred; her view of Bo cites "Afterwards".
    expect(within(ana!).getAllByText('[Reported · The talks]').length).toBeGreaterThanOrEqual(3);
    expect(within(ana!).getAllByText('[Inferred · The talks]').length).toBeGreaterThanOrEqual(2);
    const seesBo = within(ana!).getByText('Bo Beta may walk away.').closest('li')!;
    expect(within(seesBo).getByText('[Inferred · Afterwards]')).toBeInTheDocument();
    expect(within(bo!).getByText('[Stated · The talks]')).toBeInTheDocument();
    const cites = container.querySelectorAll('.handout-claim__cite');
    for (const cite of cites) expect(cite.textContent).toMatch(/^\[(Stated|Reported|Inferred) · .+\]$/);
    expect(container.querySelector('a')).toBeNull();
  });

  it('renders scenario text as text, never as markup', () => {
    const attack = '<img src=x onerror=alert(1)>';
    scenario.summary = attack;
    scenario.actors[1]!.name = `${attack} Bo`;
    scenario.actors[1]!.view.wants[0]!.text = attack;
    const { container } = render(<PrintHandouts scenario={scenario} />);
    expect(screen.getByText(attack, { selector: '.handout-summary' })).toBeInTheDocument();
    expect(within(cards(container)[1]!).getByRole('heading', { level: 2, name: `${attack} Bo` })).toBeInTheDocument();
    expect(screen.getAllByText(attack).length).toBeGreaterThanOrEqual(2);
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('StaticNetwork', () => {
  const renderNetwork = (s: Scenario, width = 640, height = 420) => {
    const { container } = render(<StaticNetwork scenario={s} width={width} height={height} title={s.title} />);
    return container.querySelector('svg')!;
  };

  it('draws one glyph per actor, shaped by kind, and one line per relation', () => {
    const svg = renderNetwork(scenario);
    expect(svg).toHaveAttribute('role', 'img');
    expect(svg).toHaveAttribute('aria-label', 'A small summit: network of 3 actors');
    const nodes = svg.querySelectorAll('.print-node');
    expect(nodes).toHaveLength(3);
    expect([...nodes].map((n) => n.querySelector('.print-shape')?.getAttribute('class'))).toEqual([
      'print-shape print-shape--person',
      'print-shape print-shape--person',
      'print-shape print-shape--bloc',
    ]);
    expect([...nodes].map((n) => n.textContent)).toEqual(['Ana', 'Bo', 'Council']);
    const links = svg.querySelectorAll('path.print-link');
    expect(links).toHaveLength(scenario.relations.length);
    for (const link of links) expect(link.getAttribute('d')).toMatch(/^M[\d.-]+,[\d.-]+[LQ]/);
  });

  it('gives directed relations an arrowhead of its own, not the live network’s', () => {
    const svg = renderNetwork(scenario);
    const directed = svg.querySelector('[data-relation="council-ana"]')!;
    const undirected = svg.querySelector('[data-relation="ana-bo"]')!;
    const ref = directed.getAttribute('marker-end');
    expect(ref).toMatch(/^url\(#print-arrow[\w-]*\)$/);
    const id = ref!.slice(5, -1);
    expect(svg.querySelector(`marker[id="${id}"]`)).not.toBeNull();
    expect(undirected.getAttribute('marker-end')).toBeNull();
    expect(directed.getAttribute('class')).toBe('print-link print-link--strains');
  });

  it.each([
    ['the mini scenario', () => miniScenario()],
    ['the Kremlin meeting', () => kremlin],
    ['a lone actor', () => ({ ...miniScenario(), actors: miniScenario().actors.slice(0, 1), relations: [] })],
  ])('keeps every node and its glyph inside the picture: %s', (_name, make) => {
    const s = make();
    const svg = renderNetwork(s);
    expect(svg.getAttribute('viewBox')).toBe('0 0 640 420');
    const nodes = [...svg.querySelectorAll('.print-node')];
    expect(nodes).toHaveLength(s.actors.length);
    for (const node of nodes) {
      const m = /^translate\(([\d.-]+),([\d.-]+)\)$/.exec(node.getAttribute('transform') ?? '');
      expect(m).not.toBeNull();
      const [x, y] = [Number(m![1]), Number(m![2])];
      expect(x).toBeGreaterThanOrEqual(PRINT_NODE_RADIUS);
      expect(x).toBeLessThanOrEqual(640 - PRINT_NODE_RADIUS);
      expect(y).toBeGreaterThanOrEqual(PRINT_NODE_RADIUS);
      expect(y).toBeLessThanOrEqual(420 - PRINT_NODE_RADIUS);
    }
  });

  it('puts a name above its glyph when more links arrive from below, so it hides no arrowhead', () => {
    const at = new Map([
      ['top', { x: 100, y: 0 }],
      ['bottom', { x: 100, y: 200 }],
      ['side', { x: 300, y: 10 }],
    ]);
    const above = labelsAbove(at, [
      { source: 'bottom', target: 'top' },
      { source: 'side', target: 'top' },
    ]);
    expect([...above]).toEqual(['top']);
  });
});
