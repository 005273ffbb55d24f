// Slidev, run in this process for the tools. What its public API offers is used as it is
// (resolveOptions, parser); its build and its exporter are not public (`@slidev/cli` exports
// neither), so they are taken from the modules its own CLI imports them from, found by reading
// that CLI: a later Slidev that moves them fails here, naming what to look for, never silently.
// Slidev gaps this works around (upstream):
//   - no public build or exportSlides: one build cannot feed several formats, so without this
//     each format would be a build of its own (5 builds per edition instead of 2);
//   - `slidev build --download` prints its PDF through a server on the fixed port 12445, so two
//     such builds (two editions, or a test's build beside a trainer's) cannot run at once: a build
//     here keeps the print views and the PDF button `download` brings, skips that step
//     (printLater), and tools/export.ts prints the PDF itself, with the same exporter, through a
//     server on a free port;
//   - no `--single-file` build: the one-file deck passes vite/single-file.ts's plugins to its build.
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { InlineConfig, Plugin } from 'vite'
import type { Edition } from '../data/editions.ts'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { resolveOptions } from '@slidev/cli'
import { ROOT } from '../vite/decks.ts'

/** Slidev's CLI, whose dynamic imports name the modules that hold its build and its exporter. */
const CLI = join(dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')), 'dist/cli.mjs')

/** The module of Slidev's CLI that `import("./<name>-<hash>.mjs")` names, imported. */
async function cliModule<T>(name: string, exports: string[]): Promise<T> {
  const file = readFileSync(CLI, 'utf8').match(new RegExp(`import\\("\\./(${name}-[\\w-]+\\.mjs)"\\)`))?.[1]
  const module = file ? await import(pathToFileURL(join(dirname(CLI), file)).href) : undefined
  const missing = exports.filter(name => typeof module?.[name] !== 'function')
  if (missing.length > 0)
    throw new Error(`Slidev's CLI (${CLI}) no longer imports ${missing.join(' and ')} from a "${name}-*.mjs" module: tools/slidev.ts needs updating for this Slidev version.`)
  return module as T
}

/** The arguments Slidev's export options are read from, as its CLI names them. */
export interface ExportArgs {
  'output'?: string
  /** How long a page may take to render, in ms; 0: as long as it takes (exportFromSite's default). */
  'timeout'?: number
  'format'?: 'pdf' | 'pptx' | 'pptx-editable'
  'with-clicks'?: boolean
  'executable-path'?: string
}

interface BuildModule {
  build: (options: ResolvedSlidevOptions, viteConfig: InlineConfig, args: ExportArgs & { entry: string }) => Promise<void>
}

interface ExportModule {
  getExportOptions: (args: ExportArgs, options: ResolvedSlidevOptions, output: string) => Record<string, unknown>
  exportSlides: (options: Record<string, unknown> & { port: number, base: string }) => Promise<string>
}

/** What one build of an edition is. */
export interface BuildOptions {
  /** Where the site goes (emptied first). */
  outDir: string
  /** The path it is hosted under ("/", "/training/", or "./" for a page opened from disk). */
  base?: string
  /**
   * Print views and the download button (`--download`); the deck PDF the button fetches is for the
   * caller to print into the site (deckPdf).
   */
  download?: boolean
  /** `hash` for a page opened from disk: it has no server to route paths. */
  routerMode?: 'hash' | 'history'
  /** Vite plugins for this build alone (the one-file deck's). */
  plugins?: InlineConfig['plugins']
}

/** Slidev's options for edition `edition`, as its CLI resolves them for a build. */
export function buildOptions(edition: Pick<Edition, 'entry'>, { base, download, routerMode }: Pick<BuildOptions, 'base' | 'download' | 'routerMode'> = {}): Promise<ResolvedSlidevOptions> {
  return resolveOptions({ entry: resolve(ROOT, edition.entry), base, download, routerMode }, 'build')
}

/**
 * Slidev's build prints the deck PDF after the bundle when `download` is on. The bundle has read
 * the option by then (the print views and the button are in it), so turning it off once the bundle
 * is written skips only the print, which the caller makes on a port of its own.
 */
function printLater(options: ResolvedSlidevOptions): Plugin {
  return {
    name: 'deck:print-later',
    closeBundle() {
      options.data.config.download = false
    },
  }
}

/** `slidev build` of one edition, in this process. */
export async function buildEdition(edition: Pick<Edition, 'entry'>, build: BuildOptions): Promise<ResolvedSlidevOptions> {
  const options = await buildOptions(edition, build)
  await buildWithSlidev(options, build)
  return options
}

/** `slidev build` with options already resolved (any deck's: the benchmark's bare one too). */
export async function buildWithSlidev(options: ResolvedSlidevOptions, build: BuildOptions): Promise<void> {
  const slidev = await cliModule<BuildModule>('build', ['build'])
  const plugins = [...(build.plugins ?? []), ...(build.download ? [printLater(options)] : [])]
  await slidev.build(options, { base: build.base, build: { outDir: build.outDir, emptyOutDir: true }, logLevel: 'warn', plugins }, { entry: options.entry })
}

/**
 * The file a site built with `download` offers for download: the deck PDF, one page per slide, named
 * after the edition's `exportFilename` (its exportName) at the site's root.
 */
export function deckPdfOf(options: ResolvedSlidevOptions, siteDir: string): string {
  return join(siteDir, `${options.data.config.exportFilename}.pdf`)
}

/**
 * Slidev's exporter (the one `slidev export` and `build --download` use) on a site already built
 * and served on `port` under `base`: a PDF, a PowerPoint or an editable PowerPoint of `options`'s
 * deck, into `args.output`.
 */
export async function exportFromSite(options: ResolvedSlidevOptions, site: { port: number, base: string }, args: ExportArgs & { output: string }): Promise<void> {
  const slidev = await cliModule<ExportModule>('export', ['exportSlides', 'getExportOptions'])
  // No clock: on a loaded machine a page renders when it renders (Slidev's default is 30 s).
  await slidev.exportSlides({ ...slidev.getExportOptions({ timeout: 0, ...args }, options, args.output), port: site.port, base: site.base })
}
