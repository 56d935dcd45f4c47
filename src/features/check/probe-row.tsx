import type { ReactNode } from 'react';
import { OTHER_PHONE_PARAMETER } from '@/genesys/launch-context';
import type { MessageKey } from '@/i18n/catalog-types';
import { useI18n } from '@/i18n/i18n-context';
import type { Translator } from '@/i18n/translator';
import { errorText } from '@/ui/error-notice';
import { RichText } from '@/ui/rich-text';
import { BADGE_PERMISSION_FALLBACK, EIGHT_BY_EIGHT_PERMISSION_FALLBACK } from '@/foundations/permissions/permission-model';
import type { NotChecked, ProbeId, ProbeResult, ProbeStatus } from '@/features/check/check-model';

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

function foundText(probe: ProbeResult, i18n: Translator): RowText {
  const { t, list, age } = i18n;
  if (probe.status === 'notChecked') return notCheckedText(probe.why, t, list);
  const code = (value: string) => <code>{value}</code>;
  switch (probe.id) {
    case 'integration': {
      const entry = probe.found.eightByEight;
      if (!entry) {
        return {
          found: [t('check.integration.missing', { count: probe.found.listed })],
          action: t('check.integration.action.missing'),
          fix: t('check.integration.fix.missing'),
        };
      }
      const presence = !entry.polled
        ? t('check.integration.pushed')
        : entry.pollIntervalSec === undefined
          ? t('check.integration.polledUnknown')
          : t('check.integration.polled', { interval: age(entry.pollIntervalSec) });
      const permissions = [...entry.badgePermissions, entry.pbxPermission ?? EIGHT_BY_EIGHT_PERMISSION_FALLBACK];
      return {
        found: [
          presence,
          entry.pbxPermission ? rich(t('check.integration.pbx'), { permission: code(entry.pbxPermission) }) : t('check.integration.noPbx'),
        ],
        action: rich(t('check.integration.action.ok'), { permissions: codeList(permissions, list) }),
        ...(entry.pbxPermission
          ? {}
          : { fix: rich(t('check.integration.fix.noPbx'), { permission: code(EIGHT_BY_EIGHT_PERMISSION_FALLBACK) }) }),
      };
    }
    case 'presenceField': {
      const { fields, withEightByEight, sampled, genesysOnly } = probe.found;
      const field = codeList(fields, list);
      const found: ReactNode[] =
        fields.length > 0
          ? [rich(t('check.presenceField.found', { count: withEightByEight, sampled }), { field })]
          : [t('check.presenceField.none', { sampled })];
      if (genesysOnly > 0) found.push(t('check.presenceField.genesysOnly', { count: genesysOnly }));
      return fields.length > 0
        ? { found, action: rich(t('check.presenceField.action.ok'), { field }) }
        : { found, action: t('check.presenceField.action.none'), fix: t('check.presenceField.fix') };
    }
    case 'numberTags': {
      const { sampled, withOtherPhone, tags, untagged, listedByRule, rule, sample } = probe.found;
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
    case 'presenceSources':
      return {
        found: [
          t(probe.found.variant === 'listed' ? 'check.presenceSources.listed' : 'check.presenceSources.unlisted', {
            count: probe.found.listed,
          }),
        ],
        action: t('check.presenceSources.action'),
      };
    case 'bulkReader':
      return {
        found: [
          probe.found.variant === 'works'
            ? t('check.bulkReader.works', { answered: probe.found.answered, asked: probe.found.asked })
            : t('check.bulkReader.refused', { status: String(probe.found.status ?? '') }),
        ],
        action: t('check.bulkReader.action'),
      };
    case 'topics': {
      const { variant, topic, rejectionReason, missingPermissions } = probe.found;
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
    case 'retryAfter': {
      const { variant, seen, lastWaitMs } = probe.found;
      const wait = age(Math.ceil((lastWaitMs ?? 0) / 1000));
      if (variant === 'none') return { found: [t('check.retryAfter.none')], action: t('check.retryAfter.action.none') };
      const found = [t(`check.retryAfter.${variant}`, { wait }), t('check.retryAfter.seen', { count: seen })];
      return variant === 'backoff'
        ? { found, action: t('check.retryAfter.action.backoff'), fix: t('check.retryAfter.fix') }
        : { found, action: t('check.retryAfter.action.ok') };
    }
    case 'clock': {
      const { skewMs, from } = probe.found;
      const seconds = Math.round(Math.abs(skewMs) / 1000);
      const amount = age(seconds);
      const where = seconds === 0 ? t('check.clock.inStep') : t(skewMs > 0 ? 'check.clock.behind' : 'check.clock.ahead', { amount });
      const found = [where, t(from === 'header' ? 'check.clock.fromHeader' : 'check.clock.fromChannel')];
      return probe.status === 'warning'
        ? { found, action: t('check.clock.action.skewed', { amount }), fix: t('check.clock.fix') }
        : { found, action: t('check.clock.action.ok') };
    }
    case 'scopes': {
      const { variant, missing, granted } = probe.found;
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
