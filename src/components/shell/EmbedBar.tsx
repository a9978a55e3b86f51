import './embed.css';

/**
 * The header of an embedded view (`?embed=1`): the title, for the page's outline, and a
 * small link that opens the same view in Standpoint in full, in a new tab.
 */
export function EmbedBar({ title }: { title: string }) {
  // Read again when the link is used: the address may have moved on since this rendered.
  const full = () => {
    const url = new URL(window.location.href);
    url.searchParams.delete('embed');
    url.searchParams.delete('theme');
    return url.href;
  };
  const aim = (a: HTMLAnchorElement) => {
    a.href = full();
  };
  return (
    <header className="app__header app__header--embed">
      <h1 className="app__title">{title}</h1>
      <a className="embed-open" href={full()} target="_blank" rel="noopener" onClick={(e) => aim(e.currentTarget)} onAuxClick={(e) => aim(e.currentTarget)}>
        Open in Standpoint
      </a>
    </header>
  );
}
