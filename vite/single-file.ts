// The deck as one HTML file (the `one-file` output of tools/export.ts): Slidev's production build
// of an edition with hash routing and a relative base, so that it runs from `file://`, and every
// script, style, font and image inlined by vite-plugin-singlefile. tools/export.ts passes these
// plugins to that one build; the site's build never sees them.
import type { Plugin } from 'vite'
import { existsSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { viteSingleFile } from 'vite-plugin-singlefile'

const MEDIA_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp' }

/**
 * The page's own references to files beside it (its favicon: Slidev writes the headmatter's
 * `favicon` as it is, from public/) turned into data URLs, so the file needs nothing beside it.
 * A reference to a file that is not in public/ stops the build, naming it.
 */
function inlinePublicFiles(root: string): Plugin {
  return {
    name: 'deck:single-file-public',
    transformIndexHtml: {
      order: 'post',
      handler: (html: string) => html.replace(/(<link\b(?=[^>]*\srel="[^"]*icon)[^>]*\shref=")(?!data:)([^"]+)(")/g, (tag: string, before: string, href: string, after: string) => {
        if (/^[a-z]+:/i.test(href))
          throw new Error(`the one-file deck cannot carry ${href}: it is not in public/ (from ${tag})`)
        const file = join(root, 'public', href.replace(/^(?:\.?\/)+/, ''))
        const type = MEDIA_TYPES[extname(file).toLowerCase()]
        if (!existsSync(file) || !type)
          throw new Error(`the one-file deck cannot carry ${href}: ${existsSync(file) ? 'not an image type it knows' : `${file} does not exist`} (from ${tag})`)
        return `${before}data:${type};base64,${readFileSync(file).toString('base64')}${after}`
      }),
    },
  }
}

/**
 * Slidev names chunks of its own (modules/shiki, modules/unplugin-icons…) with `manualChunks`; one
 * file has one chunk, so that option goes, and vite-plugin-singlefile turns code splitting off.
 */
const oneChunk: Plugin = {
  name: 'deck:single-file-one-chunk',
  outputOptions(output) {
    const { manualChunks: _slidevChunks, advancedChunks: _advanced, ...rest } = output as typeof output & { manualChunks?: unknown, advancedChunks?: unknown }
    return rest
  },
}

/** The plugins of the one-file build, for the deck in `root`. */
export function singleFile(root: string): Plugin[] {
  return [oneChunk, inlinePublicFiles(root), viteSingleFile({ removeViteModuleLoader: true }) as Plugin]
}

/**
 * Everything in the page's markup and styles that points outside the file: `src`, `href`,
 * `srcset` and `poster` attributes and CSS `url()` values that are not data URLs or in-page
 * anchors. Scripts are left out (their strings are code, not references; what they fetch, the
 * tests record). An empty list is a file that stands alone.
 */
export function externalReferences(html: string): string[] {
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2')
  const attributes = [...markup.matchAll(/\s(?:src|href|srcset|poster)\s*=\s*["']([^"']*)["']/gi)].map(match => match[1])
  const urls = [...markup.matchAll(/\burl\(([^)]*)\)/g)].map(match => match[1].trim().replace(/^["']|["']$/g, ''))
  return [...attributes, ...urls].filter(ref => ref !== '' && !/^(?:data:|#)/i.test(ref))
}
