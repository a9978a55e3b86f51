/** How to join a class, for the projector: the join link, and a QR code of it for phones' cameras. */
import { QrCode } from '../share/QrCode';

export function JoinCode({ link }: { link: string }) {
  return (
    <div className="class-console__join">
      <p className="class-console__link">
        Join at <span className="class-console__url">{link}</span>
        <br />
        or scan the code with a phone&rsquo;s camera.
      </p>
      <QrCode text={link} label="QR code to join the class" />
    </div>
  );
}
