import { PRESENCE_LABELS, type Presence } from '@/features/presence/presence-model';

/** Colour plus a text label, so colour is never the only signal. */
export function PresenceBadge({ presence }: { presence: Presence }) {
  const label = PRESENCE_LABELS[presence.key];
  return (
    <span className="presence-badge" data-presence={presence.key}>
      <span className="presence-badge__dot" aria-hidden="true" />
      <span className="presence-badge__label">{label}</span>
    </span>
  );
}
