/**
 * The app's service worker, from the page's side: registered once the first picture is
 * drawn, and, when a new version has been downloaded, a notice that waits to be asked
 * ("Reload for the new version") instead of changing the app under a lesson in progress.
 * Plain DOM, so none of it weighs on the first page; `register` is vite-plugin-pwa's
 * registerSW (see register.ts), passed in so tests can stand in for it.
 */
import './updates.css';

export type RegisterSW = (options: { immediate?: boolean; onNeedRefresh?: () => void; onRegisterError?: (error: unknown) => void }) => (reload?: boolean) => Promise<void>;

/** Shows the notice of a new version; the button reloads into it, "Not now" keeps the lesson as it is. */
export function showUpdateNotice(update: () => Promise<void>): HTMLElement {
  document.querySelector('.update-notice')?.remove();
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = 'A new version of Standpoint is ready.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button';
  reload.textContent = 'Reload for the new version';
  reload.addEventListener('click', () => {
    reload.disabled = true;
    void update();
  });
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'button';
  later.textContent = 'Not now';
  later.addEventListener('click', () => notice.remove());
  notice.append(text, reload, later);
  document.body.append(notice);
  return notice;
}

/** Registers the service worker and wires its "new version" event to the notice. */
export function startUpdates(register: RegisterSW): void {
  const update = register({
    immediate: true,
    onNeedRefresh: () => showUpdateNotice(() => update(true)),
    // No service worker (a private window, a browser that refuses): the app works as a plain page.
    onRegisterError: () => {},
  });
}
