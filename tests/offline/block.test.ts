import { describe, expect, it } from 'vitest';
import { scenarioBlock, SCENARIO_BLOCK_ID, withScenario } from '../../src/offline/block';

const PAGE = `<!doctype html><html><head><script type="module">app()</script></head><body><div id="root"></div><script type="application/json" id="${SCENARIO_BLOCK_ID}">{"title":"old"}</script></body></html>`;

describe('scenarioBlock', () => {
  it('writes JSON that cannot end its script element or open markup, and reads back the same', () => {
    const json = JSON.stringify({ title: '</script><script>alert(1)</script><!-- & -->' });
    const block = scenarioBlock(json);
    expect(block).not.toMatch(/[<>&]/);
    expect(JSON.parse(block)).toEqual(JSON.parse(json));
  });
});

describe('withScenario', () => {
  it('puts another scenario in the page\u2019s data block and leaves the rest alone', () => {
    const out = withScenario(PAGE, JSON.stringify({ title: 'new $& $1 $$' }));
    expect(out).toContain('<script type="module">app()</script>');
    // `$&` and `$1` are not read as replacement patterns (the `&` is written as \u0026).
    expect(out).toContain(`<script type="application/json" id="${SCENARIO_BLOCK_ID}">{"title":"new $\\u0026 $1 $$"}</script>`);
    expect(out).not.toContain('"old"');
  });

  it('says when a page has no data block', () => {
    expect(withScenario('<html><body></body></html>', '{}')).toBeNull();
  });
});
