import { common } from '@/i18n/en/common';
import { app } from '@/i18n/en/app';
import { permissions } from '@/i18n/en/permissions';
import { people } from '@/i18n/en/people';

/** The shell's areas (SHELL_AREAS): what every view shows before its own areas load. */
export const shell = { ...common, ...app, ...permissions, ...people };
