// The UC integration's badge icons. They arrive as SVG text from the API:
// untrusted markup. They are only ever used as the src of an <img> (a data:
// URL), where a browser renders SVG without running scripts or loading
// anything, and never as HTML.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import { useSession } from '@/genesys/session';
import type { PlatformApis } from '@/genesys/sdk';
import { integrationKeys } from '@/foundations/permissions/permission-keys';
import type { PresenceKey } from '@/foundations/presence/presence-model';

/** Larger icons are ignored: a badge icon is a few hundred bytes. */
const MAX_ICON_CHARS = 16_384;

const iconSchema = z.looseObject({ vector: z.string() });
const integrationSchema = z.looseObject({ badgeIcons: z.optional(z.record(z.string(), z.unknown())) });

/** Badge icon image URLs by normalised key ("on_queue", "On-Queue" → "onqueue"). */
export type BadgeIcons = ReadonlyMap<string, string>;

const normalise = (key: string): string => key.toLowerCase().replace(/[^a-z]/g, '');

export function svgDataUrl(svg: string): string | undefined {
  if (svg.length > MAX_ICON_CHARS || !/<svg[\s>]/i.test(svg)) return undefined;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export function readBadgeIcons(answer: unknown): BadgeIcons {
  const icons = new Map<string, string>();
  const integration = parseAnswer(integrationSchema, answer, 'UC integration');
  for (const [key, raw] of Object.entries(integration.badgeIcons ?? {})) {
    const icon = iconSchema.safeParse(raw);
    const url = icon.success ? svgDataUrl(icon.data.vector) : undefined;
    if (url) icons.set(normalise(key), url);
  }
  return icons;
}

export function badgeIconFor(icons: BadgeIcons | undefined, key: PresenceKey): string | undefined {
  return key === 'unknown' ? undefined : icons?.get(normalise(key));
}

export function badgeIconsQuery(apis: PlatformApis, integrationId: string) {
  return queryOptions({
    queryKey: integrationKeys.badgeIcons(integrationId),
    queryFn: async (): Promise<BadgeIcons> => {
      try {
        return readBadgeIcons(await apis.integrations.getIntegrationsUnifiedcommunicationsClientapp(integrationId));
      } catch {
        // An icon is decoration: without it the badge shows its dot, and no error is worth a toast.
        return new Map();
      }
    },
    staleTime: 60 * 60_000,
  });
}

/**
 * The integration's badge icons: from the clientapps list answer when it carries them (no request),
 * else from the entry's own GET, once a session.
 */
export function useBadgeIcons(
  integration: { id: string; badgeIcons?: Record<string, unknown> | undefined } | undefined,
): BadgeIcons | undefined {
  const { apis } = useSession();
  const listed = integration?.badgeIcons;
  const fromList = useMemo(() => (listed === undefined ? undefined : readBadgeIcons({ badgeIcons: listed })), [listed]);
  const fetched = useQuery({
    ...badgeIconsQuery(apis, integration?.id ?? ''),
    enabled: integration !== undefined && listed === undefined,
  }).data;
  return fromList ?? fetched;
}
