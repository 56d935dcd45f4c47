import { OTHER_PHONE_PARAMETER } from '@/genesys/launch-context';
import { useI18n } from '@/i18n/i18n-context';
import { Notice } from '@/ui/notice';
import { RichText } from '@/ui/rich-text';

/**
 * Nobody carries the UC tag, yet `count` people have an untagged Other Phone: the org's
 * provisioning leaves the tag out. Said instead of "nobody is provisioned", with the fix.
 */
export function UntaggedNumbersNotice({ count }: { count: number }) {
  const { t } = useI18n();
  return (
    <Notice tone="warning" title={t('people.untagged.title')}>
      <p>{t('people.untagged.body', { count })}</p>
      <p>
        <RichText text={t('people.untagged.fix')} slots={{ parameter: <code>{OTHER_PHONE_PARAMETER}</code> }} />
      </p>
    </Notice>
  );
}
