// The trainer's keys for a discussion's countdown (components/ActivityTimer.vue), beside Slidev's
// own: `p` pauses and resumes it, `r` resets it. Neither letter is one of Slidev's shortcuts, and
// both do nothing on a slide that is not a discussion.
import type { NavOperations, ShortcutOptions } from '@slidev/types'
import { useNav } from '@slidev/client'
import { defineShortcutsSetup } from '@slidev/types'
import { resetActivity, toggleActivity } from '../composables/useActivityTimer'

export default defineShortcutsSetup((_nav: NavOperations, base: ShortcutOptions[]) => {
  const { currentSlideNo, currentSlideRoute } = useNav()
  const onDiscussion = (act: (slide: number) => void) => () => {
    if (currentSlideRoute.value?.meta?.slide?.frontmatter.layout === 'discussion')
      act(currentSlideNo.value)
  }
  return [
    ...base,
    { name: 'activity_timer_toggle', key: 'p', fn: onDiscussion(toggleActivity) },
    { name: 'activity_timer_reset', key: 'r', fn: onDiscussion(resetActivity) },
  ]
})
