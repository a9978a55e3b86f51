/** The built-in scenario's layout, computed at build time (see vite.config.ts). */
declare module 'virtual:builtin-layout' {
  const positions: Readonly<Record<string, readonly [number, number]>>;
  export default positions;
}
