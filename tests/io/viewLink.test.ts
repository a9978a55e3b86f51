import { describe, expect, it } from 'vitest';
import { embedCode, linkSearch, viewLink } from '../../src/io/viewLink';
import { EVENT, type ViewState } from '../../src/store/appStore';

const view = (v: Partial<ViewState> = {}): ViewState => ({ focus: EVENT, step: null, presenting: false, predict: false, revealed: [], ...v });
const PAGE = 'https://example.org/standpoint/';

describe('viewLink', () => {
  it('links the built-in scenario by its view alone, leaving out the teacher\u2019s modes', async () => {
    const made = await viewLink({ page: PAGE, origin: { kind: 'builtin' }, json: () => '', view: view({ focus: { kind: 'actor', id: 'putin', compare: 'witkoff' }, presenting: true, predict: true }) });
    expect(made).toEqual({ ok: true, url: `${PAGE}?actor=putin&compare=witkoff` });
  });

  it('keeps a linked scenario\u2019s address and adds the embed options', async () => {
    const made = await viewLink({ page: PAGE, origin: { kind: 'url', url: 'https://x.org/s.json' }, json: () => '', view: view({ step: 2 }), embed: { theme: 'projector' } });
    expect(made).toEqual({ ok: true, url: `${PAGE}?scenario=https%3A%2F%2Fx.org%2Fs.json&step=3&embed=1&theme=projector` });
  });

  it('packs a scenario that lives only here into the link', async () => {
    const made = await viewLink({ page: PAGE, origin: { kind: 'file', name: 'a.json', key: 'k' }, json: () => JSON.stringify({ title: 'x' }), view: view() });
    expect(made.ok && made.url.startsWith(`${PAGE}#shared=`)).toBe(true);
  });

  it('keeps a shared link\u2019s data', async () => {
    expect(await viewLink({ page: PAGE, origin: { kind: 'shared', data: 'abc' }, json: () => '', view: view() })).toEqual({ ok: true, url: `${PAGE}#shared=abc` });
  });

  it('writes no search at all for the plain overview', () => {
    expect(linkSearch({ kind: 'builtin' }, view())).toBe('');
  });
});

describe('embedCode', () => {
  it('quotes the address and the title so neither can end the attribute', () => {
    const code = embedCode('https://e.org/?a=1&b="2"', 'A <b>"bold"</b> title');
    expect(code).toBe(
      '<iframe src="https://e.org/?a=1&amp;b=&quot;2&quot;" title="Standpoint: A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; title" width="100%" height="640" style="border:0" loading="lazy" allow="fullscreen"></iframe>',
    );
  });
});
