import type { DocumentPreview, TaskPart } from '@/api/types'

/** A work point as the parser answers it, with `over` applied. */
export function part(over: Partial<TaskPart> = {}): TaskPart {
  return { number: '1', title: '健全工作机制', text: '健全工作机制。', children: [], units: [], deadlines: [], targets: [], ...over }
}

/**
 * A preview as POST /api/v1/plan-documents/preview answers for a small document: two parts, three
 * work points — units matched, unmatched and doubtful, a dated and a cadence-only deadline, a target
 * with a figure and a comparison, measures with one of their own below.
 */
export function preview(): DocumentPreview {
  return {
    header: { title: '青海省2024年法治政府建设工作要点', documentNumber: '青政办函〔2024〕19号', issuer: '青海省人民政府办公厅', issuedOn: '2024-02-01' },
    sections: [
      {
        number: '一',
        title: '加强组织领导',
        tasks: [
          part({
            number: '1',
            title: '健全工作机制',
            text: '健全工作机制。2024年6月底前完成。（省司法厅牵头，西宁市配合）',
            units: [
              { name: '省司法厅', role: 'LEAD', unitId: 63, confidence: 0.9 },
              { name: '西宁市', role: 'CO', unitId: 2, confidence: 1 },
            ],
            deadlines: [
              { text: '每年', date: null as unknown as string, cadence: 'YEAR' },
              { text: '2024年6月底前', date: '2024-06-30', cadence: null as unknown as string },
            ],
          }),
          part({
            number: '2',
            title: '加强督促检查',
            text: '加强督促检查。每年开展专项督察不少于2次。（各市州政府负责）',
            units: [
              { name: '各市州政府', role: 'RESPONSIBLE', unitId: null as unknown as number, confidence: 0.3 },
              { name: '省政府', role: 'RESPONSIBLE', unitId: 1, confidence: 0.45 },
            ],
            deadlines: [{ text: '每年', date: null as unknown as string, cadence: 'YEAR' }],
            targets: [
              { text: '每年开展专项督察不少于2次', comparator: '>=', value: 2, unit: '次' },
              { text: '行政复议案件纠错率高于本地区同期行政诉讼', comparator: '>', value: null as unknown as number, unit: null as unknown as string },
            ],
          }),
        ],
      },
      {
        number: '二',
        title: '严格规范执法',
        tasks: [
          part({
            number: '3',
            title: '推进执法规范化',
            text: '推进执法规范化：',
            units: [{ name: '西宁市', role: 'LEAD', unitId: 2, confidence: 1 }],
            children: [
              part({ number: '（1）', title: '完善执法程序', text: '完善执法程序。', deadlines: [{ text: '2024年9月底前', date: '2024-09-30' }] }),
              part({
                number: '（2）',
                title: null as unknown as string,
                text: '加强执法监督',
                units: [
                  { name: '西宁市', role: 'CO', unitId: 2, confidence: 1 },
                  { name: '海东市', role: 'CO', unitId: 3, confidence: 1 },
                ],
                targets: [{ text: '行政执法案卷评查覆盖率达到100%', comparator: '=', value: 100, unit: '%' }],
                children: [part({ number: '①', title: '定期评查', text: '定期评查案卷' })],
              }),
            ],
          }),
        ],
      },
    ],
    warnings: ['work point 3 (2) has no title'],
  }
}
