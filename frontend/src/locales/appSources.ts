/**
 * The SPA's own sources as text, by path from the project root (`src/…`), for the i18n tests:
 * every script and component except tests, generated declarations (api/schema.d.ts,
 * auto-imports.d.ts, components.d.ts) and the test fixtures named test*.ts.
 */
export function appSources(): Record<string, string> {
  const files = import.meta.glob<string>(['/src/**/*.ts', '/src/**/*.vue', '!/src/**/*.test.ts', '!/src/**/*.d.ts', '!/src/**/test[A-Z]*.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  })
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [path.slice(1), text]))
}
