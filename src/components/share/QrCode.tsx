/**
 * A QR code of a link, for phones to scan from the projector or the page. Drawn as one SVG
 * path (black modules on white, with the quiet zone). A link too long for a QR code says so
 * instead.
 */
import { useMemo } from 'react';
import { encode } from 'uqr';
import { wholeNumber } from '../../model/constants';

/** About the most a QR code holds at low error correction (version 40, 2,953 bytes); longer links are not drawn. */
export const QR_MAX_CHARS = 2900;

/** The dark modules of a QR matrix as one path, each run along a row one rectangle; `border` modules of quiet zone around. */
export function qrPath(modules: readonly (readonly boolean[])[], border: number): string {
  let d = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      const run = x - start + 1;
      d += `M${start + border},${y + border}h${run}v1h-${run}z`;
    }
  });
  return d;
}

export function QrCode({ text, label }: { text: string; label: string }) {
  const qr = useMemo(() => (text.length > QR_MAX_CHARS ? null : encode(text, { ecc: text.length > 1200 ? 'L' : 'M', border: 0 })), [text]);
  if (!qr) {
    return (
      <p className="share-note">
        This link is too long for a QR code ({wholeNumber(text.length)} characters; one holds about {wholeNumber(QR_MAX_CHARS)}). Put the scenario file on a
        web server and share its link, which is short.
      </p>
    );
  }
  const border = 4;
  const n = qr.size + 2 * border;
  return (
    <figure className="share-qr">
      <svg viewBox={`0 0 ${n} ${n}`} role="img" aria-label={label} shapeRendering="crispEdges" data-qr-size={qr.size}>
        <rect width={n} height={n} fill="#ffffff" />
        <path d={qrPath(qr.data, border)} fill="#000000" />
      </svg>
      <figcaption>Scan to open on a phone</figcaption>
    </figure>
  );
}
