import type { ReactNode } from 'react';
import { OTHER_PHONE_PARAMETER } from '@/genesys/launch-context';
import type { MessageKey } from '@/i18n/catalog-types';
import { useI18n } from '@/i18n/i18n-context';
import type { Translator } from '@/i18n/translator';
import { errorText } from '@/ui/error-notice';
import { RichText } from '@/ui/rich-text';
import { BADGE_PERMISSION_FALLBACK } from '@/foundations/permissions/permission-model';
import { ucOfPresenceSource, ucProfile } from '@/genesys/uc-table';
import type {
  BulkReaderFound,
  ClockFound,
  IntegrationFound,
  NotChecked,
  NumberTagsFound,
  PresenceFieldFound,
  PresenceSourcesFound,
  ProbeId,
  ProbeResult,
  ProbeStatus,
  RetryAfterFound,
  ScopesFound,
  TopicsFound,
} from '@/features/check/check-model';

interface RowText {
  found: ReactNode[];
  action: ReactNode;
  fix?: ReactNode;
}

type T = Translator['t'];

const PROBE_NAME: Record<ProbeId, MessageKey> = {
  integration: 'check.probe.integration',
  presenceField: 'check.probe.presenceField',
  numberTags: 'check.probe.numberTags',
  presenceSources: 'check.probe.presenceSources',
  bulkReader: 'check.probe.bulkReader',
  topics: 'check.probe.topics',
  retryAfter: 'check.probe.retryAfter',
  clock: 'check.probe.clock',
  scopes: 'check.probe.scopes',
};

const STATUS_LABEL: Record<ProbeStatus, MessageKey> = {
  ok: 'check.status.ok',
  warning: 'check.status.warning',
  info: 'check.status.info',
  notChecked: 'check.status.notChecked',
};

/** Names as code, joined the locale's way ("a, b and c") with each kept whole. */
function codeList(values: readonly string[], list: Translator['list']): ReactNode {
  const slots = Object.fromEntries(values.map((value, index) => [`item${String(index)}`, <code key={index}>{value}</code>]));
  return <RichText text={list(values.map((_, index) => `{item${String(index)}}`))} slots={slots} />;
}

function rich(text: string, slots: Record<string, ReactNode>): ReactNode {
  return <RichText text={text} slots={slots} />;
}

function notCheckedText(why: NotChecked, t: T, list: Translator['list']): RowText {
  const action = t('check.notChecked.action');
  switch (why.reason) {
    case 'permission':
      return {
        found: [rich(t('check.notChecked.permission'), { permissions: codeList(why.permissions, list) })],
        action,
        fix: t('check.notChecked.fix.permission'),
      };
    case 'noSample':
      return { found: [t('check.notChecked.noSample')], action };
    case 'noSource':
      return { found: [t('check.notChecked.noSource')], action: t('check.bulkReader.action') };
    case 'sourcesUnread':
      return { found: [t('check.notChecked.sourcesUnread')], action: t('check.bulkReader.action') };
    case 'noClock':
      return { found: [t('check.notChecked.noClock')], action };
    case 'budget':
      return { found: [t('check.notChecked.budget')], action };
    case 'failed':
      return { found: [t('check.notChecked.failed', { error: errorText(why.error, t) })], action };
  }
}

const code = (value: string): ReactNode => <code>{value}</code>;

/** Which integration this frame serves, and which the org has active (by name where the table knows the source). */
function servedText(found: IntegrationFound, { t, list }: Translator): string {
  const active = found.sources.map((source) => ucOfPresenceSource(source)?.name ?? source);
  return active.length === 0 ? t('check.integration.servedNoneActive') : t('check.integration.served', { active: list(active) });
}

function integrationText(found: IntegrationFound, translator: Translator): RowText {
  const { t, list, age } = translator;
  const entry = found.uc;
  if (!entry) {
    return {
      found: [servedText(found, translator), t('check.integration.missing', { count: found.listed })],
      action: t('check.integration.action.missing'),
      fix: t('check.integration.fix.missing'),
    };
  }
  const presence = !entry.polled
    ? t('check.integration.pushed')
    : entry.pollIntervalSec === undefined
      ? t('check.integration.polledUnknown')
      : t('check.integration.polled', { interval: age(entry.pollIntervalSec) });
  const fallback = ucProfile(found.served).permissionFallback;
  const permissions = [...entry.badgePermissions, entry.pbxPermission ?? fallback];
  return {
    found: [
      servedText(found, translator),
      presence,
      entry.pbxPermission ? rich(t('check.integration.pbx'), { permission: code(entry.pbxPermission) }) : t('check.integration.noPbx'),
      t(entry.badgeIconsListed ? 'check.integration.iconsListed' : 'check.integration.iconsEntryOnly'),
    ],
    action: rich(t('check.integration.action.ok'), { permissions: codeList(permissions, list) }),
    ...(entry.pbxPermission ? {} : { fix: rich(t('check.integration.fix.noPbx'), { permission: code(fallback) }) }),
  };
}

function presenceFieldText({ fields, withUc, sampled, genesysOnly }: PresenceFieldFound, { t, list }: Translator): RowText {
  const field = codeList(fields, list);
  const found: ReactNode[] =
    fields.length > 0
      ? [rich(t('check.presenceField.found', { count: withUc, sampled }), { field })]
      : [t('check.presenceField.none', { sampled })];
  if (genesysOnly > 0) found.push(t('check.presenceField.genesysOnly', { count: genesysOnly }));
  return fields.length > 0
    ? { found, action: rich(t('check.presenceField.action.ok'), { field }) }
    : { found, action: t('check.presenceField.action.none'), fix: t('check.presenceField.fix') };
}

function numberTagsText(numberTags: NumberTagsFound, { t, list }: Translator): RowText {
  const { sampled, withOtherPhone, tags, untagged, listedByRule, rule, sample } = numberTags;
  const tagItems = Object.entries(tags)
    .sort(([, a], [, b]) => b - a)
    .map(([tag, count]) => t('check.numberTags.tag', { tag, count }));
  const found: ReactNode[] = [
    t('check.numberTags.sample', { sampled, withOther: withOtherPhone }),
    tagItems.length > 0 ? t('check.numberTags.tags', { tags: list(tagItems) }) : t('check.numberTags.noTags'),
  ];
  if (untagged > 0) found.push(t('check.numberTags.untagged', { count: untagged }));
  const parameter = code(OTHER_PHONE_PARAMETER);
  if (listedByRule > 0) {
    return {
      found,
      action:
        rule === 'otherPhone'
          ? rich(t('check.numberTags.action.otherPhone', { count: listedByRule }), { parameter })
          : t('check.numberTags.action.tagged', { count: listedByRule }),
    };
  }
  if (sample.size > 0) {
    return {
      found,
      action: rich(t('check.numberTags.action.nobody'), { parameter }),
      fix: rich(t('check.numberTags.fix.otherPhone'), { parameter }),
    };
  }
  return { found, action: t('check.numberTags.action.noPhones'), fix: t('check.numberTags.fix.noPhones') };
}

function presenceSourcesText({ variant, listed }: PresenceSourcesFound, { t }: Translator): RowText {
  return {
    found: [t(variant === 'listed' ? 'check.presenceSources.listed' : 'check.presenceSources.unlisted', { count: listed })],
    action: t('check.presenceSources.action'),
  };
}

function bulkReaderText(bulkReader: BulkReaderFound, { t }: Translator): RowText {
  return {
    found: [
      bulkReader.variant === 'works'
        ? t('check.bulkReader.works', { answered: bulkReader.answered, asked: bulkReader.asked })
        : t('check.bulkReader.refused', { status: String(bulkReader.status ?? '') }),
    ],
    action: t('check.bulkReader.action'),
  };
}

function topicsText({ variant, topic, rejectionReason, missingPermissions }: TopicsFound, { t, list }: Translator): RowText {
  const topicCode = code(topic);
  if (variant === 'accepted') {
    return { found: [rich(t('check.topics.accepted'), { topic: topicCode })], action: t('check.topics.action.live') };
  }
  const found: ReactNode[] = [rich(t('check.topics.refused'), { topic: topicCode })];
  if (rejectionReason) found.push(t('check.topics.reason', { reason: rejectionReason }));
  if (missingPermissions.length > 0)
    found.push(rich(t('check.topics.missingPermissions'), { permissions: codeList(missingPermissions, list) }));
  return {
    found,
    action: t('check.topics.action.polled'),
    fix: rich(t('check.topics.fix'), { permission: code(missingPermissions[0] ?? BADGE_PERMISSION_FALLBACK) }),
  };
}

function retryAfterText({ variant, seen, lastWaitMs }: RetryAfterFound, { t, age }: Translator): RowText {
  const wait = age(Math.ceil((lastWaitMs ?? 0) / 1000));
  if (variant === 'none') return { found: [t('check.retryAfter.none')], action: t('check.retryAfter.action.none') };
  const found = [t(`check.retryAfter.${variant}`, { wait }), t('check.retryAfter.seen', { count: seen })];
  return variant === 'backoff'
    ? { found, action: t('check.retryAfter.action.backoff'), fix: t('check.retryAfter.fix') }
    : { found, action: t('check.retryAfter.action.ok') };
}

// The clock's status (warning when skewed) is decided by the probe, so it is passed in rather than re-derived.
function clockText({ skewMs, from }: ClockFound, skewed: boolean, { t, age }: Translator): RowText {
  const seconds = Math.round(Math.abs(skewMs) / 1000);
  const amount = age(seconds);
  const where = seconds === 0 ? t('check.clock.inStep') : t(skewMs > 0 ? 'check.clock.behind' : 'check.clock.ahead', { amount });
  const found = [where, t(from === 'header' ? 'check.clock.fromHeader' : 'check.clock.fromChannel')];
  return skewed
    ? { found, action: t('check.clock.action.skewed', { amount }), fix: t('check.clock.fix') }
    : { found, action: t('check.clock.action.ok') };
}

function scopesText({ variant, missing, granted }: ScopesFound, { t, list }: Translator): RowText {
  if (variant === 'missing') {
    return {
      found: [rich(t('check.scopes.missing'), { scopes: codeList(missing, list) })],
      action: t('check.scopes.action.missing'),
      fix: t('check.scopes.fix'),
    };
  }
  return {
    found: [variant === 'complete' ? t('check.scopes.complete', { count: granted }) : t('check.scopes.unrestricted')],
    action: t('check.scopes.action.ok'),
  };
}

/** What a probe found and what the app will do about it: one wording function per probe. */
function foundText(probe: ProbeResult, i18n: Translator): RowText {
  if (probe.status === 'notChecked') return notCheckedText(probe.why, i18n.t, i18n.list);
  switch (probe.id) {
    case 'integration':
      return integrationText(probe.found, i18n);
    case 'presenceField':
      return presenceFieldText(probe.found, i18n);
    case 'numberTags':
      return numberTagsText(probe.found, i18n);
    case 'presenceSources':
      return presenceSourcesText(probe.found, i18n);
    case 'bulkReader':
      return bulkReaderText(probe.found, i18n);
    case 'topics':
      return topicsText(probe.found, i18n);
    case 'retryAfter':
      return retryAfterText(probe.found, i18n);
    case 'clock':
      return clockText(probe.found, probe.status === 'warning', i18n);
    case 'scopes':
      return scopesText(probe.found, i18n);
  }
}

/** One probe: its name, what it found, what the app will do (and the fix for a warning), and its status. */
export function ProbeRow({ probe }: { probe: ProbeResult }) {
  const i18n = useI18n();
  const { t } = i18n;
  const text = foundText(probe, i18n);
  return (
    <tr className={`check-row check-row--${probe.status}`}>
      <th scope="row" className="check-row__probe">
        {t(PROBE_NAME[probe.id])}
      </th>
      <td className="check-row__found" data-label={t('check.table.found')}>
        {text.found.map((part, index) => (
          <p key={index}>{part}</p>
        ))}
      </td>
      <td className="check-row__action" data-label={t('check.table.action')}>
        <p>{text.action}</p>
        {text.fix ? (
          <p className="check-row__fix">
            <strong>{t('check.table.fix')}</strong> {text.fix}
          </p>
        ) : null}
      </td>
      <td className="check-row__status" data-label={t('check.table.status')}>
        <span className={`check-status check-status--${probe.status}`}>{t(STATUS_LABEL[probe.status])}</span>
      </td>
    </tr>
  );
}
