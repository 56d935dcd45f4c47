import { memo, useEffect, type Ref } from 'react';
import { presenceLabelKey, type Presence } from '@/foundations/presence/presence-model';
import { useMinutesSince } from '@/foundations/presence/presence-clock';
import { useI18n } from '@/i18n/i18n-context';
import { markFirstContent } from '@/ui/first-content';
import '@/foundations/presence/presence-badge.css';

export interface PresenceBadgeProps {
  presence: Presence;
  /** "Busy · 12 min" when the platform said since when. */
  showDuration?: boolean;
  /** The UC integration's badge icon for this presence, as a data: image URL (never markup): the vendor mark. */
  iconUrl?: string;
  /** The badge's element, for whoever must know whether it is on screen. */
  anchorRef?: Ref<HTMLSpanElement>;
}

/**
 * A status mark plus a text label (colour is never the only signal). The mark is
 * the UC integration's own badge icon for this presence when it has one, else a Spark status dot.
 */
export const PresenceBadge = memo(function PresenceBadge({ presence, showDuration = false, iconUrl, anchorRef }: PresenceBadgeProps) {
  const { t, duration: durationOf } = useI18n();
  const label = t(presenceLabelKey(presence.key));
  const minutes = useMinutesSince(showDuration ? presence.since : undefined);
  const duration = minutes === undefined ? undefined : durationOf(minutes);
  const spoken = duration ? t('common.badge.spokenFor', { label, duration: duration.long }) : t('common.badge.spoken', { label });
  // After the paint that shows it: what waits for the first badge (ui/first-content.ts) may start.
  useEffect(markFirstContent, []);
  return (
    <span
      ref={anchorRef}
      className="presence-badge"
      data-presence={presence.key}
      role="img"
      aria-label={spoken}
      title={presence.message ? t('common.badge.withMessage', { label, message: presence.message }) : label}
    >
      {iconUrl ? (
        <img className="presence-badge__mark" src={iconUrl} alt="" width={12} height={12} draggable={false} />
      ) : (
        <span className="presence-badge__dot" aria-hidden="true" />
      )}
      <span className="presence-badge__label">{label}</span>
      {duration ? <span className="presence-badge__duration"> · {duration.short}</span> : null}
    </span>
  );
});
