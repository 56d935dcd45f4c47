import { Fragment } from 'react';

/**
 * A permission string ("conversation:communication:blindTransfer") that may wrap after each colon:
 * in a 360 px panel it then breaks between its parts instead of in the middle of a word.
 */
export function PermissionCode({ permission }: { permission: string }) {
  const parts = permission.split(':');
  return (
    <code>
      {parts.map((part, index) => (
        <Fragment key={`${String(index)}-${part}`}>
          {index > 0 ? <wbr /> : null}
          {index < parts.length - 1 ? `${part}:` : part}
        </Fragment>
      ))}
    </code>
  );
}
