import { memo } from 'react';
import '@/foundations/people/directory-row.css';
import { Avatar } from '@/ui/avatar';
import { PhoneNumber } from '@/ui/phone-format';
import { TruncatedText } from '@/ui/truncated-text';
import { DirectoryPresence } from '@/foundations/people/directory-presence';
import type { DirectoryUser } from '@/foundations/people/directory-user';

export interface DirectoryRowProps {
  id: string;
  user: DirectoryUser;
  index: number;
  count: number;
  active: boolean;
  withPresence: boolean;
  top: number;
  onOpen: (index: number) => void;
  /** A short note beside the name ("Favorite"). */
  tag?: string;
}

/** One option of the listbox; memoised so that moving the active row or scrolling re-renders only what changed. */
export const DirectoryRow = memo(function DirectoryRow({
  id,
  user,
  index,
  count,
  active,
  withPresence,
  top,
  onOpen,
  tag,
}: DirectoryRowProps) {
  const details = [user.title, user.department].filter((part): part is string => part !== undefined).join(' · ');
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      aria-setsize={count}
      aria-posinset={index + 1}
      data-user-id={user.id}
      className={active ? 'directory-row directory-row--active' : 'directory-row'}
      // Transform via the CSSOM (React's style prop), which the style-src 'self' CSP allows.
      style={{ transform: `translateY(${top}px)` }}
      // Focus stays in the search box (aria-activedescendant), as a combobox wants.
      onMouseDown={(event) => {
        event.preventDefault();
      }}
      onClick={() => {
        onOpen(index);
      }}
    >
      <Avatar name={user.name} />
      <span className="directory-row__who">
        {tag === undefined ? (
          <TruncatedText className="directory-row__name" text={user.name} />
        ) : (
          <span className="directory-row__title">
            <TruncatedText className="directory-row__name" text={user.name} />
            <span className="directory-row__tag">{tag}</span>
          </span>
        )}
        {details ? <TruncatedText className="directory-row__details" text={details} /> : null}
      </span>
      <PhoneNumber className="directory-row__number" value={user.ucAddress} truncate />
      <span className="directory-row__presence">{withPresence ? <DirectoryPresence user={user} /> : null}</span>
    </div>
  );
});

export function SkeletonRow({ top }: { top: number }) {
  return (
    <div className="directory-row directory-row--skeleton" aria-hidden="true" style={{ transform: `translateY(${top}px)` }}>
      <span className="avatar avatar--medium skeleton" />
      <span className="directory-row__who">
        <span className="skeleton skeleton--name" />
        <span className="skeleton skeleton--details" />
      </span>
      <span className="skeleton skeleton--number" />
      <span className="skeleton skeleton--badge" />
    </div>
  );
}
