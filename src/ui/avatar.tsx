// src/ui: presentational parts on top of Genesys Spark (avatar, dialog, notices, select, numbers, CSV):
// no Genesys data and no feature imports, only what any view can draw.
import { foldInitials } from '@/ui/initials';

/** Initials on a colour picked from the name: no image is fetched (CSP, privacy, 50,000 rows). */
export function Avatar({ name, size = 'medium' }: { name: string; size?: 'medium' | 'large' }) {
  const { initials, hue } = foldInitials(name);
  return (
    <span className={`avatar avatar--${size} avatar--hue-${hue}`} aria-hidden="true">
      {initials}
    </span>
  );
}
