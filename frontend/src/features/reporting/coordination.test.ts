import { describe, expect, it } from 'vitest'
import {
  answeringPeriod,
  canAnswerInstruction,
  instructionAnswered,
  instructionEntries,
  instructionsOf,
  mergeTimelines,
  sortInstructions,
  type InstructionLike,
} from './coordination'

const base: InstructionLike = {
  id: 1,
  taskId: 10,
  assignmentId: null,
  unitName: null,
  text: '抓紧推进',
  issuedBy: '省领导',
  issuedAt: '2024-03-01T09:00:00+08:00',
  response: null,
  respondedBy: null,
  respondedAt: null,
}
const lead = { id: 100, taskId: 10, role: 'LEAD' }
const co = { id: 101, taskId: 10, role: 'CO' }

describe('instructions', () => {
  it('concern an assignment when they are its own or its task-wide ones', () => {
    const list = [base, { ...base, id: 2, assignmentId: 101 }, { ...base, id: 3, assignmentId: 100 }, { ...base, id: 4, taskId: 11 }]
    expect(instructionsOf(list, lead).map((i) => i.id)).toEqual([1, 3])
    expect(instructionsOf(list, co).map((i) => i.id)).toEqual([1, 2])
  })

  it('a task-wide one is answered by the LEAD unit, an assignment one by its unit, an answered one by nobody', () => {
    expect(canAnswerInstruction(base, lead)).toBe(true)
    expect(canAnswerInstruction(base, co)).toBe(false)
    expect(canAnswerInstruction({ ...base, assignmentId: 101 }, co)).toBe(true)
    expect(canAnswerInstruction({ ...base, assignmentId: 101 }, lead)).toBe(false)
    expect(canAnswerInstruction({ ...base, response: '已落实', respondedAt: '2024-03-02T09:00:00+08:00' }, lead)).toBe(false)
    expect(canAnswerInstruction({ ...base, answeredByReportId: 7 }, lead)).toBe(false)
  })

  it('sort open ones first, newest first, and name the period of the answering report', () => {
    const answered = { ...base, id: 2, issuedAt: '2024-04-01T00:00:00Z', answeredByReportId: 7 }
    const older = { ...base, id: 3, issuedAt: '2024-01-01T00:00:00Z' }
    expect(sortInstructions([answered, older, base]).map((i) => i.id)).toEqual([1, 3, 2])
    expect(instructionAnswered(answered)).toBe(true)
    expect(answeringPeriod(answered, [{ id: 7, period: '2024-Q1' }])).toBe('2024-Q1')
    expect(answeringPeriod(base, [{ id: 7, period: '2024-Q1' }])).toBeNull()
  })

  it('become timeline entries, merged in time order', () => {
    const entries = instructionEntries([{ ...base, response: '已落实', respondedBy: '西宁市填报员', respondedAt: '2024-03-05T09:00:00+08:00' }])
    expect(entries.map((e) => e.kind)).toEqual(['instructed', 'instructionAnswered'])
    expect(entries[0]).toMatchObject({ unitName: '', who: '省领导', text: '抓紧推进' })
    const merged = mergeTimelines(entries, [{ at: '2024-03-03T00:00:00Z', kind: 'submitted', unitName: '西宁市', who: 'x', text: null }])
    expect(merged.map((e) => e.kind)).toEqual(['instructed', 'submitted', 'instructionAnswered'])
  })
})
