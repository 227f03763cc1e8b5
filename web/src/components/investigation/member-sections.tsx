import { formatDate } from '@/lib/format';
import type { MemberModel } from '@/lib/investigation-list';
import { CHANGED_LABEL, type ChangeHighlight } from '@/lib/change-highlight';
import { SectionCard } from './section-card';

interface Props {
  member: MemberModel;
  focused: boolean;
  /** A change notice about this member: its section, or the member's own record when it names none shown. */
  change?: ChangeHighlight | null;
}

/** A member of the household with every department's section side by side. */
export function MemberSections({ member, focused, change = null }: Props) {
  const id = `member-${member.atenaNo}`;
  const changedSection = change ? member.sections.find((s) => s.department === change.department) : undefined;
  const memberChanged = !!change && !changedSection;
  const classes = ['member', focused ? 'member--focused' : '', memberChanged ? 'member--changed' : ''].filter(Boolean).join(' ');
  return (
    <section
      className={classes}
      aria-labelledby={`${id}-title`}
      data-testid="member"
      data-atena-no={member.atenaNo}
      data-changed={memberChanged ? 'true' : undefined}
      tabIndex={memberChanged ? -1 : undefined}
    >
      <header className="member__head">
        <h3 id={`${id}-title`}>
          {member.name}
          <span className="member__relationship">（{member.relationship}）</span>
        </h3>
        <span className="member__kana">{member.nameKana}</span>
        <span>
          {formatDate(member.birthDate)}生・{member.age}歳・{member.sex}
        </span>
        <span className="mono">宛名番号 {member.atenaNo}</span>
        {member.status !== '住民' && <span className="badge badge--warning">{member.status}</span>}
        {focused && <span className="badge">検索した人</span>}
        {memberChanged && <strong className="badge badge--changed">{CHANGED_LABEL}</strong>}
      </header>
      <div className="member__sections">
        {member.sections.map((section) => (
          <SectionCard key={section.department} section={section} memberName={member.name} id={`${id}-${section.department}`} changed={section === changedSection} />
        ))}
      </div>
    </section>
  );
}
