import { ElMessageBox } from 'element-plus'

/**
 * Asks before a destructive or irreversible action; true when the person confirmed. The confirm
 * button names the action ("移除", "撤销"), never a bare OK.
 */
export async function confirmed(message: string, title: string, confirmText: string, cancelText: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, { type: 'warning', confirmButtonText: confirmText, cancelButtonText: cancelText, autofocus: false })
    return true
  } catch {
    return false // the person thought again
  }
}
