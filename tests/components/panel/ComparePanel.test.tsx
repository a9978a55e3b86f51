// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FINDER_SHOWS } from '../../../src/components/panel/ActorFinder';
import { CompareChooser } from '../../../src/components/panel/CompareChooser';
import { ComparePanel } from '../../../src/components/panel/ComparePanel';
import { LIST_ACTORS_UP_TO } from '../../../src/model/find';
import type { Actor, Scenario } from '../../../src/model/schema';
import { BUILTIN, getInitialState, selectFocusActorId, useAppStore } from '../../../src/store/appStore';
import { miniScenario } from '../../fixtures/mini';

let scenario: Scenario;
let ana: Actor;
let bo: Actor;
let council: Actor;

beforeEach(() => {
  scenario = miniScenario();
  const issue = (id: string, label: string) => ({ id, label, question: `${label}?`, low: 'Less', high: 'More' });
  scenario.issues.push(issue('land', 'Land'), issue('aid', 'Aid'), issue('seat', 'Seat'));
  [ana, bo, council] = scenario.actors as [Actor, Actor, Actor];
  // truce: both +1 (agree); land: +2 against −1 (clash); aid: only Bo; seat: neither.
  ana.view.stances.push({ issue: 'land', position: 2, text: 'Ana wants all the land.', basis: 'stated', ref: 'news#talks' });
  bo.view.stances.push(
    { issue: 'land', position: -1, text: 'Bo would give some land back.', basis: 'reported', ref: 'news#after' },
    { issue: 'aid', position: 1, text: 'Bo asks for aid.', basis: 'stated', ref: 'news#talks' },
  );
  ana.view.sees = [{ actor: 'bo', attitude: 'wary', text: 'Bo Beta may walk away.', basis: 'inferred', ref: 'news#after' }];
  useAppStore.setState(getInitialState());
  useAppStore.getState().openScenario(scenario, BUILTIN);
});
afterEach(cleanup);

describe('ComparePanel', () => {
  it('is headed with both names and sums up where they stand', () => {
    render(<ComparePanel scenario={scenario} a={ana} b={bo} />);
    expect(screen.getByText('Compare two sides')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Ana Alpha and Bo Beta' })).toHaveAttribute('id', 'panel-title');
    expect(screen.getByRole('article', { name: 'Ana Alpha and Bo Beta' })).toBeInTheDocument();
    expect(screen.getByText('Agree on 1 issue, clash on 1, only Bo speaks on 1 and neither speaks on 1.')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Issue by issue', 'How they see each other', 'Their ties']);
  });

  it('shows one row per issue, in order, each marked in words', () => {
    render(<ComparePanel scenario={scenario} a={ana} b={bo} />);
    const issues = screen.getByRole('region', { name: 'Issue by issue' });
    const rows = within(issues).getAllByRole('listitem');
    const read = rows.map((row) => [within(row).getByRole('heading', { level: 4 }).textContent, row.querySelector('.agreement')?.textContent]);
    expect(read).toEqual([
      ['Truce', '✓ Agree'],
      ['Land', '✕ Clash'],
      ['Aid', '… Only Bo speaks'],
      ['Seat', '— Neither'],
    ]);
  });

  it('shows each side’s stance on its scale, with the sentence, basis and source', () => {
    render(<ComparePanel scenario={scenario} a={ana} b={bo} />);
    const land = screen.getAllByRole('listitem').find((li) => within(li).queryByRole('heading', { name: 'Land' }))!;
    expect(within(land).getByRole('img', { name: /^\+2 on a scale .* Firmly for: More\.$/ })).toBeInTheDocument();
    expect(within(land).getByRole('img', { name: /^−1 on a scale .* Leans to: Less\.$/ })).toBeInTheDocument();
    expect(land).toHaveTextContent('Ana wants all the land.');
    expect(land).toHaveTextContent('Bo would give some land back.');
    expect(within(land).getByText('Reported')).toBeInTheDocument();
    expect(within(land).getByText('Afterwards')).toBeInTheDocument();
  });

  it('names the side the source is silent on', () => {
    render(<ComparePanel scenario={scenario} a={ana} b={bo} />);
    const issues = screen.getByRole('region', { name: 'Issue by issue' });
    expect(within(issues).getAllByText('The source is silent on where Ana stands.')).toHaveLength(2); // aid and seat
    expect(within(issues).getAllByText('The source is silent on where Bo stands.')).toHaveLength(1); // seat
  });

  it('shows how they see each other, saying where the source is silent', () => {
    render(<ComparePanel scenario={scenario} a={ana} b={bo} />);
    const sees = screen.getByRole('region', { name: 'How they see each other' });
    const [anaOnBo, boOnAna] = within(sees).getAllByRole('listitem');
    expect(anaOnBo).toHaveTextContent(/^Ana on Bo/);
    expect(within(anaOnBo!).getByText('Wary')).toBeInTheDocument();
    expect(within(anaOnBo!).getByText('Inferred')).toBeInTheDocument();
    expect(boOnAna).toHaveTextContent(/^Bo on Ana/);
    expect(within(boOnAna!).getByText('The source is silent on how Bo sees Ana.')).toBeInTheDocument();
  });

  it('lists the ties between them, or says there are none', () => {
    const { unmount } = render(<ComparePanel scenario={scenario} a={ana} b={council} />);
    const ties = screen.getByRole('region', { name: 'Their ties' });
    expect(within(ties).getByText('Council puts strain on Ana')).toBeInTheDocument();
    expect(within(ties).getByText('Pressed')).toBeInTheDocument();
    expect(within(ties).queryByText(/Met/)).toBeNull();
    unmount();
    render(<ComparePanel scenario={scenario} a={bo} b={council} />);
    expect(within(screen.getByRole('region', { name: 'Their ties' })).getByText('No tie is drawn between them.')).toBeInTheDocument();
  });

  it('links each name to that actor’s own view', async () => {
    render(<ComparePanel scenario={scenario} a={ana} b={bo} />);
    const link = screen.getAllByRole('link', { name: 'Bo Beta' })[0]!;
    expect(link).toHaveAttribute('href', expect.stringContaining('actor=bo'));
    await userEvent.click(link);
    expect(selectFocusActorId(useAppStore.getState())).toBe('bo');
  });

  it('renders scenario text as text, never as markup', () => {
    bo.view.stances[1]!.text = '<img src=x onerror="window.hacked=1"> aid';
    render(<ComparePanel scenario={scenario} a={ana} b={bo} />);
    expect(screen.getByText('<img src=x onerror="window.hacked=1"> aid')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('CompareChooser', () => {
  const renderChooser = (onChoose = vi.fn()) => {
    render(<CompareChooser scenario={scenario} actor={ana} onChoose={onChoose} />);
    return { onChoose, toggle: screen.getByRole('button', { name: 'Compare with…' }) };
  };

  it('opens a list of every other actor, by full name, and not the actor itself', async () => {
    const { toggle } = renderChooser();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Bo Beta' })).toBeNull();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toContainElement(list);
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['Bo Beta', 'The Council']);
    expect(screen.queryByRole('button', { name: 'Ana Alpha' })).toBeNull();
  });

  it('calls onChoose with the chosen actor’s id', async () => {
    const { onChoose, toggle } = renderChooser();
    await userEvent.click(toggle);
    await userEvent.click(screen.getByRole('button', { name: 'The Council' }));
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('the-council');
  });

  it('works by keyboard alone', async () => {
    const { onChoose, toggle } = renderChooser();
    await userEvent.tab();
    expect(toggle).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Bo Beta' })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('bo');
  });

  it('closes on Escape, returns focus to the toggle and keeps the app from also acting on it', async () => {
    const { toggle } = renderChooser();
    const escapes: boolean[] = [];
    const listen = (e: KeyboardEvent) => {
      if (e.key === 'Escape') escapes.push(e.defaultPrevented);
    };
    window.addEventListener('keydown', listen);
    try {
      await userEvent.click(toggle);
      await userEvent.tab();
      expect(screen.getByRole('button', { name: 'Bo Beta' })).toHaveFocus();
      await userEvent.keyboard('{Escape}');
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(screen.queryByRole('button', { name: 'Bo Beta' })).toBeNull();
      expect(toggle).toHaveFocus();
      expect(escapes).not.toContain(false);
      // Closed, Escape is the app's again.
      await userEvent.keyboard('{Escape}');
      expect(escapes).toContain(false);
    } finally {
      window.removeEventListener('keydown', listen);
    }
  });

  describe('in a big scenario', () => {
    // Ana and `n` others: Delegate 0, Delegate 1, …, with Zofia Nowak at 77.
    const withCrowd = (n: number): Scenario => ({
      ...scenario,
      actors: [ana, ...Array.from({ length: n }, (_, i) => ({ ...bo, id: `a${i}`, name: i === 77 ? 'Zofia Nowak' : `Delegate ${i}`, label: `D${i}` }))],
    });
    const open = async (big: Scenario, onChoose = vi.fn()) => {
      render(<CompareChooser scenario={big} actor={ana} onChoose={onChoose} />);
      const toggle = screen.getByRole('button', { name: 'Compare with…' });
      await userEvent.click(toggle);
      return { onChoose, toggle };
    };

    it(`lists up to ${LIST_ACTORS_UP_TO} others as buttons, as the actor list does`, async () => {
      await open(withCrowd(LIST_ACTORS_UP_TO));
      expect(within(screen.getByRole('list', { name: 'Compare Ana with' })).getAllByRole('button')).toHaveLength(LIST_ACTORS_UP_TO);
      expect(screen.queryByRole('searchbox')).toBeNull();
    });

    it('finds more by name, shows the first matches and says how many, by keyboard alone', async () => {
      const onChoose = vi.fn();
      render(<CompareChooser scenario={withCrowd(500)} actor={ana} onChoose={onChoose} />);
      const toggle = screen.getByRole('button', { name: 'Compare with…' });
      await userEvent.tab();
      expect(toggle).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      const box = screen.getByRole('searchbox', { name: 'Find an actor by name' });
      expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toContainElement(box);
      await userEvent.tab();
      expect(box).toHaveFocus();
      const list = screen.getByRole('list', { name: 'Compare Ana with' });
      expect(within(list).getAllByRole('button')).toHaveLength(FINDER_SHOWS);
      expect(screen.getByRole('status')).toHaveTextContent(`500 actors: type part of a name to find one. The first ${FINDER_SHOWS} are below.`);

      await userEvent.keyboard('delegate 12');
      expect(screen.getByRole('status')).toHaveTextContent(`15 actors match; the first ${FINDER_SHOWS} are below.`);
      expect(within(list).getAllByRole('button')).toHaveLength(FINDER_SHOWS);
      // The actor whose view this is cannot be compared with themself.
      await userEvent.clear(box);
      await userEvent.keyboard('Ana Alpha');
      expect(screen.getByRole('status')).toHaveTextContent('No actor\u2019s name contains \u201cAna Alpha\u201d.');
      expect(within(list).queryAllByRole('button')).toHaveLength(0);

      await userEvent.clear(box);
      await userEvent.keyboard('nowak');
      expect(screen.getByRole('status')).toHaveTextContent('1 actor match.');
      await userEvent.tab();
      expect(within(list).getByRole('button', { name: 'Zofia Nowak' })).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      expect(onChoose).toHaveBeenCalledExactlyOnceWith('a77');
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
    });

    it('Escape in the search closes the chooser and returns to the toggle; it opens again with an empty search', async () => {
      const { toggle } = await open(withCrowd(500));
      await userEvent.type(screen.getByRole('searchbox', { name: 'Find an actor by name' }), 'nowak');
      await userEvent.keyboard('{Escape}');
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(toggle).toHaveFocus();
      expect(screen.queryByRole('searchbox')).toBeNull();
      await userEvent.keyboard('{Enter}');
      expect(screen.getByRole('searchbox', { name: 'Find an actor by name' })).toHaveValue('');
    });
  });
});
