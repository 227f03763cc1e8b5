import type { ReactNode } from 'react';
import type { InvestigationListModel } from '@/lib/investigation-list';
import type { ChangeHighlight } from '@/lib/change-highlight';
import { ScrollToChange } from './scroll-to-change';
import { FindingsTable } from './findings-table';
import { ListActions } from './list-actions';
import { ListMeta } from './list-meta';
import { MemberSections } from './member-sections';
import { PurposeSwitcher } from './purpose-switcher';

interface Props {
  list: InvestigationListModel;
  /** The member searched for (outlined). */
  focus: string | null;
  /** The section a change notice points at (outlined, labelled 異動あり, scrolled into view). */
  highlight?: ChangeHighlight | null;
  /** Shown above the findings (the notice the list was opened from). */
  banner?: ReactNode;
}

/** The investigation list as the caseworker reads and prints it: findings first, then every member's sections. */
export function InvestigationView({ list, focus, highlight = null, banner }: Props) {
  return (
    <article className="investigation" data-testid="investigation-list" aria-labelledby="list-title">
      <header className="investigation__head">
        <h1 id="list-title">調査リスト</h1>
        <ListMeta list={list} />
        <div className="investigation__controls no-print">
          <PurposeSwitcher purpose={list.purpose} />
          <ListActions householdNo={list.householdNo} purpose={list.purpose} />
        </div>
      </header>
      {banner}
      {list.unavailable.length > 0 && (
        <div className="message message--error" role="alert" data-testid="unavailable-summary">
          <p>
            <strong>未取得の部署があります:</strong> {list.unavailable.map((u) => u.label).join('、')}
          </p>
          {list.unavailable.map((u) => (
            <p key={u.department} className="small">
              {u.reason}
            </p>
          ))}
          <p className="small">ほかの部署の情報は表示しています。時間をおいて取得し直してください。</p>
        </div>
      )}
      <section aria-labelledby="findings-title" className="investigation__findings">
        <h2 id="findings-title">要確認事項（{list.findings.length} 件）</h2>
        <FindingsTable findings={list.findings} />
      </section>
      <section aria-labelledby="members-title" className="investigation__members">
        <h2 id="members-title">世帯員ごとの照会結果（{list.members.length} 人）</h2>
        <p className="legend small">
          <span className="state state--record">● 該当あり</span> 記録あり　
          <span className="state state--none">○ 該当なし</span> 照会済み・記録なし　
          <span className="state state--unavailable">⚠ 未取得</span> 照会できず（理由を表示）
        </p>
        {list.members.map((member) => (
          <MemberSections key={member.atenaNo} member={member} focused={member.atenaNo === focus} change={highlight?.atenaNo === member.atenaNo ? highlight : null} />
        ))}
        {highlight && <ScrollToChange />}
      </section>
    </article>
  );
}
