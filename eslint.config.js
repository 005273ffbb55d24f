// Lint and format with Anthony Fu's config (the style of Slidev's own codebase): TypeScript and
// Vue with their accessibility rules, and the slides' Markdown formatted by prettier-plugin-slidev.

// Some of the config's dependencies call Object.groupBy, which Node 22 has and Node 20 (our
// machines) does not. Supply it before they load; drop this once the project moves to Node 22.
if (!Object.groupBy) {
  Object.groupBy = (items, keyOf) => {
    const groups = Object.create(null)
    let index = 0
    for (const item of items)
      (groups[keyOf(item, index++)] ??= []).push(item)
    return groups
  }
}
const { default: antfu } = await import('@antfu/eslint-config')

export default antfu({
  vue: { a11y: true },
  typescript: true,
  formatters: { markdown: 'prettier', slidev: { files: ['slides*.md', 'pages/**/*.md', 'bench/bare/slides.md'] } },
  ignores: ['source/**', 'test-results/**', 'exports/**', 'dist/**', 'dist-*/**', 'bench/results.json'],
}, {
  // A deck has one title per slide: each slide's `#` heading is its h1.
  files: ['slides*.md', 'pages/**/*.md', 'bench/bare/slides.md'],
  rules: { 'markdown/no-multiple-h1': 'off' },
}, {
  // A command-line tool talks to the trainer on the console, and runs its command when started.
  files: ['live/commands.ts', 'tools/**/*.ts', 'bench/**/*.ts'],
  rules: { 'no-console': 'off', 'antfu/no-top-level-await': 'off' },
})
