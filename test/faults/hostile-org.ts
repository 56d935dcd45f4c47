// An org file written by an attacker (or a careless directory): markup and
// script in names, titles, departments and status messages, right-to-left
// overrides and stacked combining marks, 10,000-character fields and badge
// icons that are SVG with scripts. Loaded through the org file parser, as
// `demoOrg=` would load it.
import { generateOrg } from '@/emulator/generate-org';
import { parseOrgFile } from '@/emulator/org-file';
import type { Organization } from '@/emulator/org-model';

/** Set by any of the payloads, should one ever run. */
export const PWNED = 'pwned';

const SCRIPTED_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" onload="window.pwned=1"><script>window.pwned=2</script>' +
  '<foreignObject><img src="x" onerror="window.pwned=3"/></foreignObject><circle r="4"/></svg>';

const LONG = 'Wolfeschlegelsteinhausenbergerdorff '.repeat(300).slice(0, 10_000);
const ZALGO =
  'Z\u0334\u0321\u0322\u031b\u0317\u0318\u0319\u031c\u031d\u031e\u031f\u0320\u0300\u0301\u0302\u0303\u0304\u0305alg\u0336\u0337o\u0338\u0339';

/** Hostile names, in the order given to the first 8×8 users (sorted by name they still appear on the first screen). */
export const HOSTILE_NAMES: readonly string[] = [
  'Aaron <script>window.pwned=10</script>Mallory',
  'Aaron <img src=x onerror="window.pwned=11">Eve',
  'Aaron "><svg onload=window.pwned=12>Trudy',
  'Aaron \u202Egnp.exe\u202C Oscar',
  `Aaron ${ZALGO} Peggy`,
  `Aaron ${LONG}`,
  'Aaron ليلى حداد <b>bold</b>',
  'Aaron &lt;i&gt;entity&lt;/i&gt; Victor',
];

/** Direction overrides (and control characters) the app leaves out of what it shows, so a name cannot spoof another. */
export const BIDI_OVERRIDES = /[\u202a-\u202e\u2066-\u2069]/;

/** A hostile name as the page shows it: the same text, minus the direction overrides. */
export const shownAs = (name: string): string => name.replace(new RegExp(BIDI_OVERRIDES.source, 'g'), '');

export function hostileOrg(): Organization {
  const org = generateOrg({ size: 120, seed: 13 });
  const uc = org.users.filter(
    (user) => user.kind !== 'genesys-only' && user.state === 'active' && user.phones.some((phone) => phone.integration),
  );
  HOSTILE_NAMES.forEach((name, index) => {
    const user = uc[index];
    if (!user) return;
    user.name = name;
    user.title = index % 2 === 0 ? `<b onmouseover="window.pwned=20">Boss</b> ${LONG}` : '<a href="javascript:window.pwned=21">Click</a>';
    user.department = index % 2 === 0 ? '<iframe src="javascript:window.pwned=22"></iframe>' : `Sales \u202Eevil\u202C ${ZALGO}`;
    const presence = org.integrationPresences[user.id];
    if (presence) presence.message = index % 2 === 0 ? '<img src=x onerror="window.pwned=23">' : LONG;
  });
  org.name = '<script>window.pwned=30</script>Hostile Co';
  for (const integration of org.ucIntegrations) {
    integration.name = '<img src=x onerror="window.pwned=31">8x8';
    integration.iconSvg = SCRIPTED_SVG;
    integration.badgeIconsSvg = Object.fromEntries(['available', 'busy', 'away', 'offline', 'meeting'].map((key) => [key, SCRIPTED_SVG]));
  }
  // Through the parser, as `demoOrg=` loads a file: the file is accepted, its content is data.
  return parseOrgFile(JSON.parse(JSON.stringify(org)));
}
