/** Copies text, and says in words what happened (the clipboard may be refused). */
export function copyText(text: string): Promise<string> {
  if (!navigator.clipboard) return Promise.resolve('This browser will not copy from here: select the text and copy it yourself.');
  return navigator.clipboard.writeText(text).then(
    () => 'Copied.',
    () => 'The browser would not copy it: select the text and copy it yourself.',
  );
}
