import './walk.css';
import { selectBlank, useAppStore } from '../../store/appStore';

/** A blank projector (B or . on a clicker), so the class looks at the teacher. */
export function BlankScreen({ audience }: { audience: boolean }) {
  const blank = useAppStore(selectBlank);
  if (!blank) return null;
  return (
    <div className="blank-screen" role="status">
      {audience ? <span className="visually-hidden">The screen is blank.</span> : <p>The screen is blank. Press B to bring it back.</p>}
    </div>
  );
}
