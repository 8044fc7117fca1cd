import type { Mailbox } from './entities/mailbox.entity';
import type { InboundStatus } from './entities/inbound-message.entity';

export interface DueAction {
  id: string;
  uid: number;
  status: InboundStatus;
  category: string | null;
}

export interface ActionPlan {
  keywords: string[];
  /** folder to move to, or null to leave the mail where it is */
  moveTo: string | null;
}

function categoryKeyword(category: string): string {
  return `$Category_${category.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/**
 * What happens to a mail in the mailbox once its outcome is committed. Ignored and
 * authentication-refused mail is only marked (people may want to look at it); processed mail
 * gets the keyword and/or moves to Processed (or its category folder); failed mail to Failed.
 */
export function actionPlan(mailbox: Pick<Mailbox, 'processedAction' | 'processedKeyword' | 'processedFolder' | 'failedFolder' | 'categoryAction' | 'categoryTargets'>, due: DueAction & { answered: boolean }): ActionPlan {
  const keyword = mailbox.processedAction !== 'move' ? [mailbox.processedKeyword] : [];
  const moves = mailbox.processedAction !== 'keyword';
  if (due.status === 'ignored' || (due.status === 'refused' && !due.answered)) return { keywords: [mailbox.processedKeyword], moveTo: null };
  if (due.status === 'failed' || due.status === 'refused') return { keywords: keyword, moveTo: moves ? mailbox.failedFolder : null };
  const keywords = [...keyword];
  let moveTo = moves ? mailbox.processedFolder : null;
  if (due.category && mailbox.categoryAction === 'keyword') keywords.push(mailbox.categoryTargets[due.category] ?? categoryKeyword(due.category));
  if (due.category && mailbox.categoryAction === 'folder') moveTo = mailbox.categoryTargets[due.category] ?? `Category-${due.category}`;
  // a move alone would make the mail look unprocessed if it ever came back: keep the keyword too
  if (moveTo && !keywords.length) keywords.push(mailbox.processedKeyword);
  return { keywords, moveTo };
}
