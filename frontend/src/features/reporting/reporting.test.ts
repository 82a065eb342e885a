import { describe, expect, it } from 'vitest'
import { defaultPlan, lagging } from './useOverdue'
import {
  buildTimeline,
  colourText,
  defaultPeriod,
  extensionProblems,
  internalLink,
  duePeriod,
  owedPeriods,
  periodBounds,
  periodOf,
  periodOptions,
  reportActions,
  reportFormProblems,
  runEach,
  sortUrges,
  summarizeBulk,
  withCompleted,
  withProgress,
} from './reporting'

const t = (key: string) => `<${key}>`

describe('reportActions', () => {
  it('lets the unit reporter edit and submit DRAFT and RETURNED reports and delete only drafts', () => {
    expect(reportActions('DRAFT', ['REPORTER'])).toEqual({ edit: true, submit: true, remove: true, approve: false, return: false })
    expect(reportActions('RETURNED', ['REPORTER'])).toEqual({ edit: true, submit: true, remove: false, approve: false, return: false })
    expect(reportActions('SUBMITTED', ['REPORTER'])).toEqual({ edit: false, submit: false, remove: false, approve: false, return: false })
    expect(reportActions('APPROVED', ['REPORTER']).edit).toBe(false)
    expect(reportActions('DRAFT', ['REPORTER'], false).edit).toBe(false)
  })

  it('lets a supervisor approve or return SUBMITTED reports only', () => {
    expect(reportActions('SUBMITTED', ['SUPERVISOR'])).toEqual({ edit: false, submit: false, remove: false, approve: true, return: true })
    for (const s of ['DRAFT', 'RETURNED', 'APPROVED']) expect(reportActions(s, ['SUPERVISOR']).approve).toBe(false)
    expect(reportActions('SUBMITTED', ['VIEWER', 'ADMIN']).approve).toBe(false)
  })
})

describe('traffic light labels', () => {
  it('always carry words: the colour and, unless NONE, the reason', () => {
    expect(colourText('RED', 'OVERDUE', t)).toBe('<enum.colour.RED> · <enum.colourReason.OVERDUE>')
    expect(colourText('GREEN', 'NONE', t)).toBe('<enum.colour.GREEN>')
    expect(colourText('YELLOW', 'REPORT_RETURNED', t)).toBe('<enum.colour.YELLOW> · <enum.colourReason.REPORT_RETURNED>')
  })

  it('show unknown values as they come', () => {
    expect(colourText('PURPLE', 'ALIENS', t)).toBe('PURPLE · ALIENS')
  })
})

describe('reporting periods', () => {
  it('name the period of a day and its bounds', () => {
    expect(periodOf('2024-03-31', 'QUARTER')).toBe('2024-Q1')
    expect(periodOf('2024-04-01', 'QUARTER')).toBe('2024-Q2')
    expect(periodOf('2024-03-05', 'MONTH')).toBe('2024-03')
    expect(periodBounds('2024-Q1')).toEqual({ start: '2024-01-01', end: '2024-03-31' })
    expect(periodBounds('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' })
    expect(periodBounds('2024-13')).toBeNull()
  })

  it('owe one report per period from start to due, each due some days after the period ends', () => {
    const owed = owedPeriods('QUARTER', 5, '2024-02-10', '2024-09-30')
    expect(owed.map((p) => p.period)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3'])
    expect(owed[0].deadline).toBe('2024-04-05')
    expect(owed[2].deadline).toBe('2024-10-05')
    expect(owedPeriods('MONTH', 5, '2024-11-20', '2025-01-15').map((p) => p.period)).toEqual(['2024-11', '2024-12', '2025-01'])
    expect(owedPeriods('MONTH', 5, '2024-11-20', '2024-01-01')).toEqual([])
  })

  it('pick the report due now and the periods the form offers', () => {
    const owed = owedPeriods('QUARTER', 5, '2024-01-10', '2024-12-31')
    expect(duePeriod(owed, '2024-04-03')?.period).toBe('2024-Q1') // still within Q1's grace days
    expect(duePeriod(owed, '2024-04-06')?.period).toBe('2024-Q2')
    expect(duePeriod(owed, '2025-03-01')?.period).toBe('2024-Q4') // everything late: the last one
    expect(duePeriod([], '2024-01-01')).toBeNull()
    const options = periodOptions(owed, '2024-05-01')
    expect(options).toEqual(['2024-Q2', '2024-Q1'])
    expect(defaultPeriod(options, duePeriod(owed, '2024-04-03'))).toBe('2024-Q1')
    expect(periodOptions(owedPeriods('MONTH', 5, '2099-01-01', '2099-12-31'), '2024-05-01')).toEqual(['2099-01'])
  })
})

describe('the report form', () => {
  const base = { period: '2024-Q1', text: 'done', progress: 40, progressReason: '', completed: false }
  it('ties completed to progress 100 both ways', () => {
    expect(withProgress(base, 100).completed).toBe(true)
    expect(withProgress({ ...base, completed: true, progress: 100 }, 90).completed).toBe(false)
    expect(withCompleted(base, true).progress).toBe(100)
    expect(withCompleted({ ...base, progress: 100, completed: true }, false).progress).toBe(99)
  })

  it('asks for text, a reason when progress goes down, and consistency of completed', () => {
    expect(reportFormProblems(base, 30)).toEqual({})
    expect(reportFormProblems({ ...base, text: '  ' }, 0)).toEqual({ text: 'reporting.form.required' })
    expect(reportFormProblems(base, 50)).toEqual({ progressReason: 'reporting.form.reasonRequired' })
    expect(reportFormProblems({ ...base, progressReason: 'scope cut' }, 50)).toEqual({})
    expect(reportFormProblems({ ...base, completed: true }, 0)).toEqual({ completed: 'reporting.form.completedIff100' })
  })
})

describe('bulk review', () => {
  it('runs every row, collecting failures without stopping', async () => {
    const results = await runEach(
      [{ id: 1 }, { id: 2 }, { id: 3 }],
      async (r) => {
        if (r.id === 2) throw new Error('409 not SUBMITTED')
      },
      (e) => (e as Error).message,
    )
    expect(results).toEqual([
      { id: 1, ok: true },
      { id: 2, ok: false, message: '409 not SUBMITTED' },
      { id: 3, ok: true },
    ])
    expect(summarizeBulk(results)).toEqual({ ok: 2, failed: 1, failures: { 2: '409 not SUBMITTED' } })
  })

  it('reports the rows decided so far after each call, for the progress bar', async () => {
    const seen: number[][] = []
    await runEach(
      [{ id: 7 }, { id: 8 }],
      async () => undefined,
      () => '',
      (sofar) => seen.push(sofar.map((r) => r.id)),
    )
    expect(seen).toEqual([[7], [7, 8]])
  })
})

describe('urges, downloads and the timeline', () => {
  it('lists open urges first, newest first within each group', () => {
    const u = (id: number, issuedAt: string, respondedAt: string | null = null) => ({ id, issuedAt, respondedAt })
    const sorted = sortUrges([u(1, '2024-01-01T00:00:00Z'), u(2, '2024-03-01T00:00:00Z', '2024-03-02T00:00:00Z'), u(3, '2024-02-01T00:00:00Z')])
    expect(sorted.map((x) => x.id)).toEqual([3, 1, 2])
  })

  it('puts reports, reviews and urges in time order', () => {
    const entries = buildTimeline(
      [
        {
          id: 7,
          unitName: '西宁市',
          period: '2024-Q1',
          submittedAt: '2024-04-02T10:00:00Z',
          reviewedAt: '2024-04-03T10:00:00Z',
          reviewedBy: 'supervisor',
          reviewerComment: 'ok',
          author: 'r',
          state: 'APPROVED',
          text: 'x',
        },
        { id: 8, unitName: '海东市', period: '2024-Q1', submittedAt: null, author: 'r', state: 'DRAFT', text: 'draft' },
      ],
      [
        {
          unitName: '海东市',
          level: 'RED',
          message: 'hurry',
          issuedBy: 'supervisor',
          issuedAt: '2024-04-01T00:00:00Z',
          acknowledgedAt: '2024-04-04T00:00:00Z',
          acknowledgedBy: 'r2',
          respondedAt: null,
        },
      ],
    )
    expect(entries.map((e) => e.kind)).toEqual(['urged', 'submitted', 'approved', 'acknowledged'])
  })
})

describe('the overdue list', () => {
  const a = (id: number, colour: 'RED' | 'YELLOW' | 'GREEN', colourReason: string, dueDate: string) => ({ id, colour, colourReason, dueDate }) as never
  it('keeps red and yellow (or one colour or reason), worst and earliest due first', () => {
    const items = [a(1, 'YELLOW', 'BEHIND_SCHEDULE', '2024-06-01'), a(2, 'GREEN', 'NONE', '2024-01-01'), a(3, 'RED', 'OVERDUE', '2024-09-01'), a(4, 'RED', 'REPORT_MISSING', '2024-03-01')]
    expect(lagging(items).map((x: { id: number }) => x.id)).toEqual([4, 3, 1])
    expect(lagging(items, 'YELLOW').map((x: { id: number }) => x.id)).toEqual([1])
    expect(lagging(items, undefined, 'OVERDUE').map((x: { id: number }) => x.id)).toEqual([3])
  })

  it('defaults to the newest plan of this year or earlier', () => {
    const p = (id: number, year: number) => ({ id, year }) as never
    expect((defaultPlan([p(9, 2099), p(1, 2024), p(5, 2023)], 2025) as { id: number }).id).toBe(1)
    expect((defaultPlan([p(9, 2099)], 2025) as { id: number }).id).toBe(9)
  })
})

describe('the timeline with audit history', () => {
  it('shows every submission and review of a report that was returned and resubmitted', () => {
    const report = { id: 7, unitName: '西宁市', period: '2024-Q1', submittedAt: '2024-04-05T00:00:00Z', reviewedAt: '2024-04-06T00:00:00Z', reviewedBy: 's', reviewerComment: null, author: 'r', state: 'APPROVED', text: 'v2' }
    const history = new Map([
      [
        7,
        [
          { action: 'CREATE', occurredAt: '2024-04-01T00:00:00Z', actorName: 'r', after: { text: 'v1' } },
          { action: 'SUBMIT', occurredAt: '2024-04-02T00:00:00Z', actorName: 'r', after: { text: 'v1' } },
          { action: 'RETURN', occurredAt: '2024-04-03T00:00:00Z', actorName: 's', after: { reviewerComment: 'more data' } },
          { action: 'SUBMIT', occurredAt: '2024-04-05T00:00:00Z', actorName: 'r', after: { text: 'v2' } },
          { action: 'APPROVE', occurredAt: '2024-04-06T00:00:00Z', actorName: 's', after: { reviewerComment: null } },
        ],
      ],
    ])
    const entries = buildTimeline([report], [], history)
    expect(entries.map((e) => [e.kind, e.text])).toEqual([
      ['submitted', 'v1'],
      ['returned', 'more data'],
      ['submitted', 'v2'],
      ['approved', null],
    ])
  })
})

describe('extension requests and notifications', () => {
  it('need a later due date and a reason', () => {
    expect(extensionProblems({ requestedDueDate: '2024-12-31', reason: 'x' }, '2024-06-30')).toEqual({})
    expect(extensionProblems({ requestedDueDate: '2024-06-30', reason: ' ' }, '2024-06-30')).toEqual({
      requestedDueDate: 'extension.laterThanDue',
      reason: 'reporting.form.required',
    })
    expect(extensionProblems({ requestedDueDate: null, reason: 'x' }, '2024-06-30')).toEqual({ requestedDueDate: 'reporting.form.required' })
  })

  it('follow only links inside the SPA', () => {
    expect(internalLink('/assignments/3/report')).toBe('/assignments/3/report')
    expect(internalLink('https://evil.example/')).toBeNull()
    expect(internalLink('//evil.example/')).toBeNull()
    expect(internalLink(null)).toBeNull()
  })
})
