import { createRouter, createWebHistory, loadRouteLocation, type RouteLocationNormalized, type RouteRecordRaw, type Router } from 'vue-router'
import { watch } from 'vue'
import { i18n } from '@/i18n'
import { ACCESS, decideAccess, homeRouteName, safeRedirect } from './access'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title */
    titleKey?: string
    /** reachable without signing in */
    public?: boolean
    /** any of these roles may open the page; absent = every signed-in person */
    roles?: readonly string[]
    /** the list page this one belongs to (a route name without parameters), for the breadcrumbs */
    parent?: string
    /** 'app' (header + navigation, the default), 'public' (the public progress pages), 'bare' (sign-in) or 'screen' (the full-viewport wall screen: signed in, no header) */
    layout?: 'app' | 'public' | 'bare' | 'screen'
  }
}

/** Numeric route params become number props; anything else is a 404. */
function numericParam(name: string) {
  return (route: RouteLocationNormalized) => ({ [name]: Number(route.params[name]) })
}

export const routes: RouteRecordRaw[] = [
  // The guard sends "/" to the person's home (see homeRouteName).
  { path: '/', name: 'home', component: { render: () => null } },
  {
    path: '/login',
    name: 'login',
    component: () => import('@/features/auth/views/LoginView.vue'),
    meta: { titleKey: 'title.login', public: true, layout: 'bare' },
  },
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
    meta: { titleKey: 'title.plan', parent: 'plans' },
  },
  {
    path: '/tasks/:taskId(\\d+)',
    name: 'task',
    component: () => import('@/features/plan/views/TaskDetailView.vue'),
    props: numericParam('taskId'),
    meta: { titleKey: 'title.task', parent: 'plans' },
  },
  {
    path: '/metrics',
    name: 'metrics',
    component: () => import('@/features/metrics/views/MetricListView.vue'),
    meta: { titleKey: 'title.metrics' },
  },
  {
    path: '/metrics/:metricId(\\d+)',
    name: 'metric',
    component: () => import('@/features/metrics/views/MetricDetailView.vue'),
    props: numericParam('metricId'),
    meta: { titleKey: 'title.metric', parent: 'metrics' },
  },
  // the entry form is a tab of the metric page
  {
    path: '/metrics/:metricId(\\d+)/entry',
    name: 'metric-entry',
    redirect: (to) => ({ name: 'metric', params: { metricId: to.params.metricId }, query: { ...to.query, tab: 'entry' } }),
  },
  {
    path: '/my-tasks',
    name: 'my-tasks',
    component: () => import('@/features/mytasks/views/MyTasksView.vue'),
    meta: { titleKey: 'title.myTasks', roles: ACCESS.myTasks },
  },
  {
    path: '/assignments/:assignmentId(\\d+)/report',
    name: 'assignment-report',
    component: () => import('@/features/reporting/views/AssignmentReportView.vue'),
    props: numericParam('assignmentId'),
    meta: { titleKey: 'title.report', roles: ACCESS.report, parent: 'my-tasks' },
  },
  {
    path: '/inbox',
    name: 'inbox',
    component: () => import('@/features/reporting/views/InboxView.vue'),
    meta: { titleKey: 'title.inbox', roles: ACCESS.inbox },
  },
  {
    path: '/review',
    name: 'review',
    component: () => import('@/features/reporting/views/ReviewQueueView.vue'),
    meta: { titleKey: 'title.review', roles: ACCESS.review },
  },
  {
    path: '/overdue',
    name: 'overdue',
    component: () => import('@/features/reporting/views/OverdueView.vue'),
    meta: { titleKey: 'title.overdue', roles: ACCESS.overdue },
  },
  {
    path: '/workbench',
    name: 'workbench',
    component: () => import('@/features/home/views/WorkbenchView.vue'),
    meta: { titleKey: 'title.workbench', roles: ACCESS.workbench },
  },
  {
    path: '/dashboard',
    name: 'dashboard',
    component: () => import('@/features/stats/views/DashboardView.vue'),
    meta: { titleKey: 'title.dashboard', roles: ACCESS.stats },
  },
  {
    path: '/big-screen',
    name: 'big-screen',
    component: () => import('@/features/stats/views/BigScreenView.vue'),
    meta: { titleKey: 'title.bigScreen', roles: ACCESS.stats, layout: 'screen' },
  },
  {
    path: '/assignments',
    name: 'assignments',
    component: () => import('@/features/stats/views/AssignmentListView.vue'),
    meta: { titleKey: 'title.assignments', roles: ACCESS.stats },
  },
  {
    path: '/reports',
    name: 'reports',
    component: () => import('@/features/stats/views/ReportsView.vue'),
    meta: { titleKey: 'title.reports', roles: ACCESS.stats },
  },
  {
    path: '/annual-reports',
    name: 'annual-reports',
    component: () => import('@/features/stats/views/AnnualReportListView.vue'),
    meta: { titleKey: 'title.annualReports', roles: ACCESS.annualReports },
  },
  {
    path: '/annual-reports/:id(\\d+)',
    name: 'annual-report',
    component: () => import('@/features/stats/views/AnnualReportView.vue'),
    props: numericParam('id'),
    meta: { titleKey: 'title.annualReport', roles: ACCESS.annualReports, parent: 'annual-reports' },
  },
  {
    path: '/imports',
    name: 'imports',
    component: () => import('@/features/imports/views/ImportView.vue'),
    meta: { titleKey: 'title.imports', roles: ACCESS.imports },
  },
  {
    path: '/plan-documents/new',
    name: 'plan-document',
    component: () => import('@/features/plandoc/views/PlanDocumentView.vue'),
    meta: { titleKey: 'title.planDocument', roles: ACCESS.planDocuments },
  },
  {
    path: '/units',
    name: 'units',
    component: () => import('@/features/units/views/UnitsView.vue'),
    meta: { titleKey: 'title.units', roles: ACCESS.units },
  },
  {
    path: '/units/:unitId(\\d+)',
    name: 'unit',
    component: () => import('@/features/units/views/UnitsView.vue'),
    props: numericParam('unitId'),
    meta: { titleKey: 'title.unit', roles: ACCESS.units, parent: 'units' },
  },
  {
    path: '/search',
    name: 'search',
    component: () => import('@/features/search/views/SearchView.vue'),
    meta: { titleKey: 'title.search', roles: ACCESS.search },
  },
  {
    path: '/admin/users',
    name: 'admin-users',
    component: () => import('@/features/admin/views/UsersView.vue'),
    meta: { titleKey: 'title.users', roles: ACCESS.admin },
  },
  {
    path: '/admin/tokens',
    name: 'admin-tokens',
    component: () => import('@/features/admin/views/TokensView.vue'),
    meta: { titleKey: 'title.tokens', roles: ACCESS.admin },
  },
  {
    path: '/admin/webhooks',
    name: 'admin-webhooks',
    component: () => import('@/features/webhooks/views/WebhooksView.vue'),
    meta: { titleKey: 'title.webhooks', roles: ACCESS.webhooks },
  },
  {
    path: '/admin/audit',
    name: 'admin-audit',
    component: () => import('@/features/admin/views/AuditView.vue'),
    meta: { titleKey: 'title.audit', roles: ACCESS.audit },
  },
  {
    path: '/public',
    name: 'public-plans',
    component: () => import('@/features/public/views/PublicPlansView.vue'),
    meta: { titleKey: 'title.publicPlans', public: true, layout: 'public' },
  },
  {
    path: '/public/:code',
    name: 'public-plan',
    component: () => import('@/features/public/views/PublicPlanView.vue'),
    props: true,
    meta: { titleKey: 'title.publicPlan', public: true, layout: 'public' },
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

/** What the guard needs from the session store (an interface, so the guard is testable without Pinia). */
export interface GuardSession {
  readonly signedIn: boolean
  ensureMe(): Promise<{ roles: readonly string[] } | null>
  onExpired(listener: () => void): unknown
}

/**
 * Sign-in and role checks. A route the person may not open still navigates, and App.vue shows the
 * 403 page in place of it (so the address stays what they asked for); a person who is not signed
 * in goes to /login?redirect=<the address>.
 */
export function installGuards(r: Router, session: GuardSession) {
  r.beforeEach(async (to) => {
    // the page's code downloads while the session is checked, not after (the router would wait for both)
    loadRouteLocation(to).catch(() => {})
    let me: { roles: readonly string[] } | null = null
    try {
      me = await session.ensureMe()
    } catch {
      me = null // server unreachable: public pages still work, the others ask to sign in
    }
    if (to.name === 'login' && me) return safeRedirect(to.query.redirect) ?? { name: homeRouteName(me) }
    const decision = decideAccess(to.meta, me)
    if (decision === 'login') return { name: 'login', query: to.name === 'home' ? {} : { redirect: to.fullPath } }
    if (to.name === 'home' && me) return { name: homeRouteName(me) }
    return true
  })

  session.onExpired(() => {
    const current = r.currentRoute.value
    // before the first navigation settles the guard itself sends the person to /login
    if (current.matched.length > 0 && !current.meta.public) r.replace({ name: 'login', query: { redirect: current.fullPath } })
  })
}

function applyTitle(route: RouteLocationNormalized) {
  const t = i18n.global.t
  const app = t('app.name')
  document.title = route.meta.titleKey ? `${t(route.meta.titleKey)} · ${app}` : app
}

router.afterEach((to) => applyTitle(to))
watch(i18n.global.locale, () => applyTitle(router.currentRoute.value))
