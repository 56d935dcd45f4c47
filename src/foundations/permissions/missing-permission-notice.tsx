import { useMemo } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { Notice } from '@/ui/notice';
import { RichText } from '@/ui/rich-text';

/** Says which permissions are missing and who can grant them. */
export function MissingPermissionNotice({ title, missing }: { title: string; missing: readonly string[] }) {
  const { t, locale } = useI18n();
  // The permission names stay code; the "and" between them is the language's.
  const permissions = useMemo(
    () =>
      new Intl.ListFormat(locale, { type: 'conjunction' })
        .formatToParts(missing)
        .map((part, index) => (part.type === 'element' ? <code key={index}>{part.value}</code> : part.value)),
    [locale, missing],
  );
  return (
    <Notice tone="warning" title={title}>
      <p>
        <RichText text={t('permissions.missing.body', { count: missing.length })} slots={{ permissions }} />
      </p>
    </Notice>
  );
}
