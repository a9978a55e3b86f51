// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FINDER_SHOWS } from '../../../src/components/panel/ActorFinder';
import { ActorList } from '../../../src/components/panel/ActorList';
import { LIST_ACTORS_UP_TO } from '../../../src/model/find';
import type { Actor } from '../../../src/model/schema';
import { BUILTIN, getInitialState, useAppStore } from '../../../src/store/appStore';
import { miniScenario } from '../../fixtures/mini';

const scenario = miniScenario();
const template = scenario.actors[0]!;
const crowd = (n: number): Actor[] =>
  Array.from({ length: n }, (_, i) => ({ ...template, id: `a${i}`, name: i === 77 ? 'Zofia Nowak' : `Delegate ${i}`, label: `D${i}` }));

beforeEach(() => {
  useAppStore.setState(getInitialState());
  useAppStore.getState().openScenario(scenario, BUILTIN);
});
afterEach(cleanup);

describe('ActorList', () => {
  it(`lists every actor as a link to their view, up to ${LIST_ACTORS_UP_TO}`, () => {
    render(<ActorList actors={crowd(LIST_ACTORS_UP_TO)} />);
    expect(screen.getAllByRole('link')).toHaveLength(LIST_ACTORS_UP_TO);
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });

  it('offers a search by name in a bigger scenario, and a found actor opens their view', async () => {
    const user = userEvent.setup();
    const actors = crowd(500);
    useAppStore.getState().openScenario({ ...scenario, actors }, BUILTIN);
    render(<ActorList actors={actors} />);
    const box = screen.getByRole('searchbox', { name: 'Find an actor by name' });
    expect(screen.getAllByRole('link')).toHaveLength(FINDER_SHOWS);
    expect(screen.getByRole('status')).toHaveTextContent(`500 actors: type part of a name to find one. The first ${FINDER_SHOWS} are below.`);

    await user.type(box, 'nowak');
    expect(screen.getByRole('status')).toHaveTextContent('1 actor match.');
    const list = screen.getByRole('list');
    await user.click(within(list).getByRole('link', { name: 'Zofia Nowak' }));
    expect(useAppStore.getState().focus).toEqual({ kind: 'actor', id: 'a77' });

    await user.clear(box);
    await user.type(box, 'delegate 12');
    // Delegate 12, 112, 120–129, 212, 312 and 412: 15 in all.
    expect(screen.getByRole('status')).toHaveTextContent(`15 actors match; the first ${FINDER_SHOWS} are below.`);
    expect(screen.getAllByRole('link')).toHaveLength(FINDER_SHOWS);

    await user.clear(box);
    await user.type(box, 'nobody');
    expect(screen.getByRole('status')).toHaveTextContent('No actor\u2019s name contains \u201cnobody\u201d.');
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });
});
