import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw } from 'vue-router'
import { watch } from 'vue'
import { i18n } from '@/i18n'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title */
    titleKey?: string
  }
}

/** Numeric route params become number props; anything else is a 404. */
function numericParam(name: string) {
  return (route: RouteLocationNormalized) => ({ [name]: Number(route.params[name]) })
}

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: { name: 'plans' } },
  {
    path: '/plans',
    name: 'plans',
    component: () => import('@/features/plan/views/PlanListView.vue'),
    meta: { titleKey: 'title.plans' },
  },
  {
    path: '/plans/:planId(\\d+)',
    name: 'plan',
    component: () => import('@/features/plan/views/PlanOverviewView.vue'),
    props: numericParam('planId'),
    meta: { titleKey: 'title.plan' },
  },
  {
    path: '/tasks/:taskId(\\d+)',
    name: 'task',
    component: () => import('@/features/plan/views/TaskDetailView.vue'),
    props: numericParam('taskId'),
    meta: { titleKey: 'title.task' },
  },
  {
    path: '/units',
    name: 'units',
    component: () => import('@/features/units/views/UnitsView.vue'),
    meta: { titleKey: 'title.units' },
  },
  {
    path: '/units/:unitId(\\d+)',
    name: 'unit',
    component: () => import('@/features/units/views/UnitsView.vue'),
    props: numericParam('unitId'),
    meta: { titleKey: 'title.units' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/components/NotFoundView.vue'),
    meta: { titleKey: 'title.notFound' },
  },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
})

function applyTitle(route: RouteLocationNormalized) {
  const t = i18n.global.t
  const app = t('app.name')
  document.title = route.meta.titleKey ? `${t(route.meta.titleKey)} · ${app}` : app
}

router.afterEach((to) => applyTitle(to))
watch(i18n.global.locale, () => applyTitle(router.currentRoute.value))
