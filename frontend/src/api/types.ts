import type { components } from './schema'

type Schemas = components['schemas']

export type AssignmentRole = Schemas['AssignmentRole']
export type AssignmentStatus = Schemas['AssignmentStatus']
export type UnitType = Schemas['UnitType']

export type PlanView = Schemas['PlanView']
export type SectionView = Schemas['SectionView']
export type TaskView = Schemas['TaskView']
export type UnitView = Schemas['UnitView']
export type UnitNode = Schemas['UnitNode']
export type AssignmentView = Schemas['AssignmentView']

export type BulkAssign = Schemas['BulkAssign']

/** The paged list shape every list endpoint returns. */
export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}
