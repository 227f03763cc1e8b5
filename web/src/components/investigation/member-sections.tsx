import { formatDate } from '@/lib/format';
import type { MemberModel } from '@/lib/investigation-list';
import { SectionCard } from './section-card';

/** A member of the household with every department's section side by side. */
export function MemberSections({ member, focused }: { member: MemberModel; focused: boolean }) {
  const id = `member-${member.atenaNo}`;
  return (
    <section className={focused ? 'member member--focused' : 'member'} aria-labelledby={`${id}-title`} data-testid="member" data-atena-no={member.atenaNo}>
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
      </header>
      <div className="member__sections">
        {member.sections.map((section) => (
          <SectionCard key={section.department} section={section} memberName={member.name} id={`${id}-${section.department}`} />
        ))}
      </div>
    </section>
  );
}
