import { beforeEach, describe, expect, it } from 'vitest';
import { getInitialState, selectFocusActorId, useAppStore } from '../../src/store/appStore';
import { focusFromSearch, sameFocus, searchWithFocus } from '../../src/store/url';
import { miniScenario } from '../fixtures/mini';

beforeEach(() => {
  useAppStore.setState(getInitialState());
  useAppStore.getState().setScenario(miniScenario());
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

  it('drops a selection that a newly loaded scenario does not hold', () => {
    useAppStore.getState().selectActor('bo');
    const other = miniScenario();
    other.actors = other.actors.filter((a) => a.id !== 'bo');
    other.relations = [];
    useAppStore.getState().setScenario(other);
    expect(useAppStore.getState().focus).toEqual({ kind: 'event' });
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
