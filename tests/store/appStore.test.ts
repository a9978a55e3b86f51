import { beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN, getInitialState, selectFocusActorId, useAppStore } from '../../src/store/appStore';
import { focusFromSearch, sameFocus, searchWithFocus } from '../../src/store/url';
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
    useAppStore.getState().openScenario(other, { kind: 'file', name: 'other.json' });
    const state = useAppStore.getState();
    expect(state.scenario?.title).toBe('Another summit');
    expect(state.origin).toEqual({ kind: 'file', name: 'other.json' });
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
    expect(focusFromSearch('?actor=putin')).toEqual({ kind: 'actor', id: 'putin' });
    expect(focusFromSearch('?view=source')).toEqual({ kind: 'source' });
    expect(focusFromSearch('')).toEqual({ kind: 'event' });
    expect(searchWithFocus('?scenario=x.json&actor=a', { kind: 'actor', id: 'b' })).toBe('?scenario=x.json&actor=b');
    expect(searchWithFocus('?actor=a', { kind: 'event' })).toBe('');
    expect(searchWithFocus('', { kind: 'source' })).toBe('?view=source');
  });

  it('compares focuses by what they show', () => {
    expect(sameFocus({ kind: 'actor', id: 'a' }, { kind: 'actor', id: 'a' })).toBe(true);
    expect(sameFocus({ kind: 'actor', id: 'a' }, { kind: 'actor', id: 'b' })).toBe(false);
    expect(sameFocus({ kind: 'event' }, { kind: 'source' })).toBe(false);
  });
});
