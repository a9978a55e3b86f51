// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import decodeQR from '@paulmillr/qr/decode.js';
import { encode } from 'uqr';
import { QR_MAX_CHARS, QrCode, qrPath } from '../../../src/components/share/QrCode';

/** The QR matrix as RGBA pixels, `scale` pixels a module, with a quiet zone: what a camera would see. */
function pixels(modules: boolean[][], scale = 4, border = 4) {
  const size = (modules.length + 2 * border) * scale;
  const data = new Uint8Array(size * size * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + border) * scale + dy) * size + (x + border) * scale + dx) * 4;
          data.set([0, 0, 0, 255], i);
        }
    }),
  );
  return { width: size, height: size, data };
}

describe('QrCode', () => {
  afterEach(cleanup);

  it('draws a code that decodes to the link', () => {
    const link = 'https://example.org/standpoint/?actor=putin&compare=zelenskyy';
    render(<QrCode text={link} label="QR code of the link" />);
    const svg = screen.getByRole('img', { name: 'QR code of the link' });
    const qr = encode(link, { ecc: 'M', border: 0 });
    expect(svg.querySelector('path')?.getAttribute('d')).toBe(qrPath(qr.data, 4));
    expect(decodeQR(pixels(qr.data))).toBe(link);
  });

  it('draws each run of dark modules as one rectangle', () => {
    expect(qrPath([[true, true, false, true]], 1)).toBe('M1,1h2v1h-2zM4,1h1v1h-1z');
  });

  it('says a link is too long rather than drawing an unreadable code', () => {
    render(<QrCode text={`https://e.org/#shared=${'a'.repeat(QR_MAX_CHARS)}`} label="QR" />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText(/too long for a QR code/)).toBeInTheDocument();
  });
});
