// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useForceLayout } from '../../src/hooks/useForceLayout';
import { networkLayout } from '../../src/layout/multilevel';
import { syntheticScenario } from '../../scripts/synthetic';
import { FakeLayoutWorker as FakeWorker, useFakeLayoutWorker } from '../fixtures/layoutWorker';

describe('useForceLayout, for a big network', () => {
  useFakeLayoutWorker();

  it('takes the worker\u2019s positions in place, and keeps its final layout for print, which then computes none', () => {
    const scenario = syntheticScenario(200, 9);
    const onUpdate = vi.fn();
    const { result } = renderHook(() => useForceLayout(scenario, onUpdate));
    expect(result.current.streaming).toBe(true);
    const positions = new Float32Array(scenario.actors.flatMap((_, i) => [i, -i]));
    act(() => FakeWorker.made[0]!.answer(positions, true));
    expect(result.current.version).toBe(1);
    expect(onUpdate).toHaveBeenCalled();
    expect(result.current.layout.get(scenario.actors[3]!.id)).toEqual({ x: 3, y: -3 });
    // Print's layout of this network is the worker's: laid out afresh, no actor would sit at (3, -3).
    expect(networkLayout(scenario).get(scenario.actors[3]!.id)).toEqual({ x: 3, y: -3 });
  });

  it('holds the worker’s positions while the network is still being mounted, and applies the latest once it is', () => {
    const scenario = syntheticScenario(200, 10);
    const onUpdate = vi.fn();
    const { result, rerender } = renderHook(({ drawn }) => useForceLayout(scenario, onUpdate, drawn), { initialProps: { drawn: false } });
    const start = result.current.layout.get(scenario.actors[5]!.id);
    const at = (x: number) => new Float32Array(scenario.actors.flatMap(() => [x, x]));
    act(() => FakeWorker.made[0]!.answer(at(1), false));
    act(() => FakeWorker.made[0]!.answer(at(2), true));
    expect(onUpdate).not.toHaveBeenCalled();
    expect(result.current.version).toBe(0);
    expect(result.current.layout.get(scenario.actors[5]!.id)).toEqual(start);
    rerender({ drawn: true });
    expect(onUpdate).toHaveBeenCalledTimes(1);
    expect(result.current.version).toBe(1);
    expect(result.current.layout.get(scenario.actors[5]!.id)).toEqual({ x: 2, y: 2 });
  });
});
