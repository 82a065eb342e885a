import { onBeforeUnmount, shallowRef, watchEffect } from 'vue'
import type { RouteLocationRaw, RouteMeta } from 'vue-router'

/** One step of the breadcrumbs; the last one (the page itself) has no link. */
export interface Crumb {
  label: string
  to?: RouteLocationRaw
}

interface PageTrail {
  owner: symbol
  crumbs: Crumb[]
}

const pageTrail = shallowRef<PageTrail | null>(null)

/**
 * A page names what it shows for the breadcrumbs — a plan's title, then a task's number — once its
 * data has arrived. The crumbs follow the route's parents (meta.parent); the page's last crumb is itself.
 */
export function usePageTrail(crumbs: () => Crumb[]) {
  const owner = Symbol('page-trail')
  watchEffect(() => {
    pageTrail.value = { owner, crumbs: crumbs() }
  })
  onBeforeUnmount(() => {
    if (pageTrail.value?.owner === owner) pageTrail.value = null
  })
}

export function currentPageCrumbs(): Crumb[] | null {
  return pageTrail.value?.crumbs ?? null
}

type Translate = (key: string) => string

/**
 * Home, the route's parents (each a route name whose title is its label), then the page: its own
 * crumbs when it named them, else its title. Parents are list pages without parameters; a page's
 * first crumb pointing at its parent (with the list's filters, say) takes the parent's place.
 */
export function buildTrail(
  meta: RouteMeta,
  parentMeta: (name: string) => RouteMeta | undefined,
  t: Translate,
  page: readonly Crumb[] | null,
): Crumb[] {
  const parents: Crumb[] = []
  const seen = new Set<string>()
  for (let name = meta.parent; name && !seen.has(name); name = parentMeta(name)?.parent) {
    seen.add(name)
    const m = parentMeta(name)
    if (!m?.titleKey) break
    parents.unshift({ label: t(m.titleKey), to: { name } })
  }
  const routeName = (to: RouteLocationRaw | undefined) => (to && typeof to === 'object' && 'name' in to ? to.name : undefined)
  if (page?.length && parents.length && routeName(page[0].to) === routeName(parents[parents.length - 1].to)) parents.pop()
  const own = page?.length ? [...page] : meta.titleKey ? [{ label: t(meta.titleKey) }] : []
  if (own.length) own[own.length - 1] = { label: own[own.length - 1].label }
  return [{ label: t('nav.homeCrumb'), to: { name: 'home' } }, ...parents, ...own]
}
