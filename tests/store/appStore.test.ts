import { beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN, focusForStep, getInitialState, selectFocusActorId, selectNotesShown, useAppStore } from '../../src/store/appStore';
import { linkedView, searchForView, searchWithFocus, viewFromSearch } from '../../src/store/url';
import { miniScenario } from '../fixtures/mini';

beforeEach(() => {
  useAppStore.setState(getInitialState());
  useAppStore.getState().openScenario(miniScenario(), BUILTIN);
});

describe('the app store', () => {
  it('starts on the event', () => {
    expect(useAppStore.getState().focus).toEqual({ kind: 'event' });
    expect(selectFocusActorId(useAppStore.getState())).toBeNull();
  });

  it('selects an actor, and goes back to the event', () => {
    useAppStore.getState().selectActor('bo');
    expect(selectFocusActorId(useAppStore.getState())).toBe('bo');
    useAppStore.getState().showSource();
    expect(useAppStore.getState().focus).toEqual({ kind: 'source' });
    useAppStore.getState().showEvent();
    expect(useAppStore.getState().focus).toEqual({ kind: 'event' });
  });

  it('falls back to the event for an actor the scenario does not hold', () => {
    useAppStore.getState().selectActor('bo');
    useAppStore.getState().setFocus({ kind: 'actor', id: 'nobody' });
    expect(useAppStore.getState().focus).toEqual({ kind: 'event' });
  });

  it('opens a new scenario on its overview, clearing any refusal', () => {
    useAppStore.getState().selectActor('bo');
    useAppStore.getState().reportProblem({ what: 'bad.json', errors: ['(root): the file is empty'] });
    const other = miniScenario();
    other.title = 'Another summit';
    useAppStore.getState().openScenario(other, { kind: 'file', name: 'other.json', key: 'k1' });
    const state = useAppStore.getState();
    expect(state.scenario?.title).toBe('Another summit');
    expect(state.origin).toEqual({ kind: 'file', name: 'other.json', key: 'k1' });
    expect(state.focus).toEqual({ kind: 'event' });
    expect(state.problem).toBeNull();
  });

  it('keeps the scenario on screen when another is refused, until the refusal is dismissed', () => {
    const before = useAppStore.getState().scenario;
    useAppStore.getState().selectActor('bo');
    useAppStore.getState().reportProblem({ what: 'bad.json', errors: ['(root): the file is empty'] });
    expect(useAppStore.getState().scenario).toBe(before);
    expect(useAppStore.getState().focus).toEqual({ kind: 'actor', id: 'bo' });
    expect(useAppStore.getState().problem?.errors).toEqual(['(root): the file is empty']);
    useAppStore.getState().dismissProblem();
    expect(useAppStore.getState().problem).toBeNull();
  });
});

describe('the focus in the URL', () => {
  it('reads and writes the query string, keeping other parameters', () => {
    expect(viewFromSearch('?actor=putin').focus).toEqual({ kind: 'actor', id: 'putin' });
    expect(viewFromSearch('?view=source').focus).toEqual({ kind: 'source' });
    expect(viewFromSearch('').focus).toEqual({ kind: 'event' });
    expect(searchWithFocus('?scenario=x.json&actor=a', { kind: 'actor', id: 'b' })).toBe('?scenario=x.json&actor=b');
    expect(searchWithFocus('?actor=a', { kind: 'event' })).toBe('');
    expect(searchWithFocus('', { kind: 'source' })).toBe('?view=source');
  });

});

describe('walking through and presenting', () => {
  it('opens each step’s view, clamped to the walk', () => {
    const s = useAppStore.getState();
    s.goToStep(0);
    expect(useAppStore.getState()).toMatchObject({ step: 0, focus: { kind: 'event' } });
    s.nextStep();
    expect(useAppStore.getState()).toMatchObject({ step: 1, focus: { kind: 'actor', id: 'ana' } });
    s.goToStep(99);
    expect(useAppStore.getState()).toMatchObject({ step: 3, focus: { kind: 'actor', id: 'the-council' } });
    s.nextStep();
    expect(useAppStore.getState().step).toBe(3);
    s.previousStep();
    expect(useAppStore.getState().step).toBe(2);
    s.goToStep(null);
    expect(useAppStore.getState().step).toBeNull();
  });

  it('compares only actors the scenario holds, and never one with itself', () => {
    const s = useAppStore.getState();
    s.selectActor('ana');
    s.compareWith('bo');
    expect(useAppStore.getState().focus).toEqual({ kind: 'actor', id: 'ana', compare: 'bo' });
    s.compareWith('ana');
    expect(useAppStore.getState().focus).toEqual({ kind: 'actor', id: 'ana' });
    s.setFocus({ kind: 'actor', id: 'ana', compare: 'nobody' });
    expect(useAppStore.getState().focus).toEqual({ kind: 'actor', id: 'ana' });
  });

  it('unblanks when presenting ends, and forgets reveals when predicting ends', () => {
    const s = useAppStore.getState();
    s.setPresenting(true);
    s.setBlank(true);
    s.setPresenting(false);
    expect(useAppStore.getState().blank).toBe(false);
    s.setPredict(true);
    s.reveal('bo');
    s.reveal('bo');
    expect(useAppStore.getState().revealed).toEqual(['bo']);
    s.setPredict(false);
    expect(useAppStore.getState().revealed).toEqual([]);
  });

  it('shows the notes once an audience window joins, unless the presenter chose otherwise', () => {
    const s = useAppStore.getState();
    expect(selectNotesShown(useAppStore.getState())).toBe(false);
    s.setAudienceConnected(true);
    expect(selectNotesShown(useAppStore.getState())).toBe(true);
    s.setNotesShown(false);
    expect(selectNotesShown(useAppStore.getState())).toBe(false);
  });
});

describe('the whole view in the URL', () => {
  it('round-trips every part of a view', () => {
    const view = { focus: { kind: 'actor' as const, id: 'putin', compare: 'zelenskyy' }, step: 3, presenting: true, predict: true, revealed: ['putin', 'witkoff'] };
    const search = searchForView('?scenario=x.json', view);
    expect(search).toBe('?scenario=x.json&actor=putin&compare=zelenskyy&step=4&present&predict&revealed=putin%2Cwitkoff');
    expect(viewFromSearch(search)).toEqual(view);
    expect(viewFromSearch('?view=matrix&step=0').focus).toEqual({ kind: 'matrix' });
    expect(viewFromSearch('?step=0').step).toBeNull();
  });

  it('opens a scenario at a view in one change of state, kept to what the scenario holds', () => {
    const changes: string[] = [];
    const unsubscribe = useAppStore.subscribe((s) => changes.push(s.focus.kind));
    useAppStore.getState().setLoading({ url: 'a.json', host: 'example.org' });
    changes.length = 0;
    useAppStore.getState().openScenario(miniScenario(), { kind: 'url', url: 'a.json' }, { focus: { kind: 'actor', id: 'bo', compare: 'nobody' }, predict: true, revealed: ['bo', 'nobody'] });
    unsubscribe();
    expect(changes).toEqual(['actor']);
    const s = useAppStore.getState();
    expect(s.focus).toEqual({ kind: 'actor', id: 'bo' });
    expect(s.revealed).toEqual(['bo']);
    expect(s.loading).toBeNull();
  });

  it('a step given without a focus opens the view the step names', () => {
    const scenario = miniScenario();
    useAppStore.getState().openScenario(scenario, BUILTIN, linkedView('?step=1'));
    expect(useAppStore.getState().step).toBe(0);
    expect(useAppStore.getState().focus).toEqual(focusForStep(scenario, 0));
    // With an actor named too, the actor wins.
    useAppStore.getState().openScenario(scenario, BUILTIN, linkedView('?step=1&actor=bo'));
    expect(useAppStore.getState().focus).toEqual({ kind: 'actor', id: 'bo' });
  });

  it('a refusal ends a link\u2019s loading line', () => {
    useAppStore.getState().setLoading({ url: 'a.json', host: 'example.org' });
    useAppStore.getState().reportProblem({ what: 'x', errors: ['(root): no'] });
    expect(useAppStore.getState().loading).toBeNull();
  });
});
