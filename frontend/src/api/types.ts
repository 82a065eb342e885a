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

export type Role = Schemas['Role']
export type MeView = Schemas['MeView']
export type TokenPair = Schemas['TokenPair']
export type UserView = Schemas['UserView']
export type CreateUser = Schemas['CreateUser']
export type UpdateUser = Schemas['UpdateUser']
export type ApiTokenView = Schemas['ApiTokenView']
export type CreateApiToken = Schemas['CreateApiToken']
export type CreatedApiToken = Schemas['CreatedApiToken']
/** before/after are arbitrary JSON (the generated JsonNode type describes Jackson, not the wire). */
export type AuditEventView = Omit<Schemas['AuditEventView'], 'before' | 'after'> & { before: unknown; after: unknown }
export type Progress = Schemas['Progress']
export type ProgressStatus = NonNullable<Progress['status']>
export type PublicPlanSummary = Schemas['PublicPlanSummary']
export type PublicPlanView = Schemas['PublicPlanView']
export type PublicSection = Schemas['PublicSection']
export type PublicTask = Schemas['PublicTask']
export type PublicPrefecture = Schemas['PublicPrefecture']

/** The paged list shape every list endpoint returns. */
export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

// ——— metrics ———
export type MetricKind = Schemas['MetricKind']
export type Comparator = Schemas['Comparator']
export type Granularity = Schemas['Granularity']
export type UnitAggregation = Schemas['UnitAggregation']
export type AttainmentStatus = Schemas['AttainmentStatus']
export type MetricView = Schemas['MetricView']
export type MetricValueView = Schemas['MetricValueView']
export type ValueInput = Schemas['ValueInput']
export type AttainmentRow = Schemas['AttainmentRow']
export type AttainmentView = Schemas['AttainmentView']
export type AttainmentSummary = Schemas['AttainmentSummary']
export type SeriesView = Schemas['SeriesView']
export type SeriesPoint = Schemas['SeriesPoint']
/** before/after are the figure's JSON (the generated JsonNode type describes Jackson, not the wire). */
export type ValueChange = Omit<Schemas['ValueChange'], 'before' | 'after'> & { before?: unknown; after?: unknown }

// ——— progress reporting ———
export type ReportState = Schemas['ReportState']
export type ReportView = Schemas['ReportView']
export type AttachmentView = Schemas['AttachmentView']
export type CreateReport = Schemas['CreateReport']
export type UpdateReport = Schemas['UpdateReport']
export type UrgeView = Schemas['UrgeView']
export type UrgeLevel = Schemas['Level']
export type IssueUrges = Schemas['IssueUrges']
export type StatusSummary = Schemas['StatusSummary']
export type ColourCount = Schemas['ColourCount']
export type StatusRun = Schemas['StatusRun']
export type Colour = AssignmentView['colour']
export type ReportCadence = PlanView['reportCadence']
export type ExtensionView = Schemas['ExtensionView']
export type ExtensionState = Schemas['State']
export type RequestExtension = Schemas['RequestExtension']
export type NotificationView = Schemas['NotificationView']
export type InstructionView = Schemas['InstructionView']
export type IssueInstruction = Schemas['IssueInstruction']
export type ContributionView = Schemas['ContributionView']
export type WriteContribution = Schemas['WriteContribution']

// ——— statistics and annual reports ———
export type DashboardView = Schemas['DashboardView']
export type ColourCounts = Schemas['ColourCounts']
export type AssignmentCounts = Schemas['AssignmentCounts']
export type PeriodReports = Schemas['PeriodReports']
export type MetricCounts = Schemas['MetricCounts']
export type SectionCounts = Schemas['SectionCounts']
export type UnitCounts = Schemas['UnitCounts']
export type ScorecardView = Schemas['ScorecardView']
export type ScorecardRow = Schemas['ScorecardRow']
export type ScoreWeights = Schemas['Weights']
export type ChecklistView = Schemas['ChecklistView']
export type ChecklistRow = Schemas['ChecklistRow']
export type MetricFigure = Schemas['MetricFigure']
export type AttainmentMatrixView = Schemas['AttainmentMatrixView']
export type MatrixUnit = Schemas['MatrixUnit']
export type MatrixRow = Schemas['MatrixRow']
export type MatrixCell = Schemas['MatrixCell']
export type AnnualReportView = Schemas['AnnualReportView']
export type AnnualReportInput = Schemas['AnnualReportInput']
export type CreateAnnualReport = Schemas['CreateAnnualReport']

// ——— bulk import ———
export type ImportJobView = Schemas['ImportJobView']
export type ImportError = Schemas['ImportError']
export type ImportState = ImportJobView['state']
export type ImportKindView = Schemas['ImportKindView']
export type TemplateColumn = Schemas['TemplateColumn']

// ——— plan documents (导入工作要点) ———
/** What the parser read; every field may be null on the wire (the generated types say optional). */
export type DocumentPreview = Schemas['Preview']
export type DocumentHeader = Schemas['Header']
export type SectionPart = Schemas['SectionPart']
export type TaskPart = Schemas['TaskPart']
export type UnitMention = Schemas['UnitMention']
export type DeadlinePart = Schemas['Deadline']
export type TargetPart = Schemas['Target']
export type PlanInput = Schemas['PlanInput']
export type CommitPlanDocument = Schemas['CommitPlanDocument']
export type CommitSection = Schemas['CommitSection']
export type CommitTask = Schemas['CommitTask']
export type CommitMeasure = Schemas['CommitMeasure']
export type CommitUnit = Schemas['CommitUnit']
export type CommitTarget = Schemas['CommitTarget']
export type CommitResult = Schemas['CommitResult']

// ——— webhooks ———
export type WebhookView = Schemas['WebhookView']
export type WebhookInput = Schemas['WebhookInput']
export type WebhookCreatedView = Schemas['WebhookCreatedView']
export type DeliveryView = Schemas['DeliveryView']
export type DeliveryState = DeliveryView['state']

// ——— global search ———
export type SearchView = Schemas['SearchView']
export type SearchGroup = Schemas['SearchGroup']
export type TaskHit = Schemas['TaskHit']
export type UnitHit = Schemas['UnitHit']
export type ReportHit = Schemas['ReportHit']
