/**
 * What this window is, from its address, fixed for its life: the audience window
 * (`?audience`), an embed in another page (`?embed=1`), a student's phone in a class
 * (`?join=`), and a theme asked for by the link (`theme=light|dark|projector`). Marked on
 * <html>, which the stylesheets read.
 */
const params = new URLSearchParams(window.location.search);

export const AUDIENCE = params.has('audience');
export const EMBED = params.has('embed');
/** A student's phone joining a class session (`?join=CODE`, or `?join` to type the code). */
export const JOIN = params.get('join');
const theme = params.get('theme');
/** The projector theme asked for by the link, whatever the mode. */
export const PROJECTOR_THEME = theme === 'projector';

const root = document.documentElement;
if (EMBED) root.dataset.embed = 'true';
if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
