import { describe, expect, it } from 'vitest'
import { summariseDue } from './reporterDue'

describe('summariseDue', () => {
  it('counts each due report by how far it has got and finds the earliest open deadline', () => {
    const s = summariseDue([
      { period: '2024-Q3', deadline: '2024-10-10' },
      { period: '2024-Q3', deadline: '2024-10-05', state: 'DRAFT' },
      { period: '2024-Q3', deadline: '2024-10-01', state: 'SUBMITTED' },
      { period: '2024-Q3', deadline: '2024-10-08', state: 'RETURNED' },
      { period: '2024-Q3', deadline: '2024-09-30', state: 'APPROVED' },
    ])
    expect(s).toEqual({ due: 5, notStarted: 1, draft: 1, returned: 1, filed: 2, nextDeadline: '2024-10-05' })
  })

  it('has no deadline when everything is filed or nothing is due', () => {
    expect(summariseDue([{ period: '2024-Q3', deadline: '2024-10-01', state: 'SUBMITTED' }]).nextDeadline).toBeNull()
    expect(summariseDue([])).toEqual({ due: 0, notStarted: 0, draft: 0, returned: 0, filed: 0, nextDeadline: null })
  })
})
