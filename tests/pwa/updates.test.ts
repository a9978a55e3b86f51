// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startUpdates, type RegisterSW } from '../../src/pwa/updates';

describe('startUpdates', () => {
  afterEach(() => document.body.replaceChildren());

  function registered() {
    const update = vi.fn(() => Promise.resolve());
    let needRefresh: (() => void) | undefined;
    const register: RegisterSW = (options) => {
      needRefresh = options.onNeedRefresh;
      return update;
    };
    startUpdates(register);
    return { update, needRefresh: () => needRefresh?.() };
  }

  it('says nothing until a new version is ready', () => {
    registered();
    expect(document.querySelector('.update-notice')).toBeNull();
  });

  it('offers the new version, and reloads into it only when asked', () => {
    const sw = registered();
    sw.needRefresh();
    const notice = document.querySelector('.update-notice');
    expect(notice?.getAttribute('role')).toBe('status');
    expect(notice?.textContent).toContain('A new version of Standpoint is ready.');
    expect(sw.update).not.toHaveBeenCalled();
    const reload = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Reload for the new version');
    reload?.click();
    expect(sw.update).toHaveBeenCalledWith(true);
  });

  it('"Not now" keeps the lesson as it is', () => {
    const sw = registered();
    sw.needRefresh();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Not now')?.click();
    expect(document.querySelector('.update-notice')).toBeNull();
    expect(sw.update).not.toHaveBeenCalled();
  });
});
