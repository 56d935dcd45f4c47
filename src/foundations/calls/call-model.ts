// The agent's own call and what can be done with it (blind or consult transfer): a foundation shared by the
// transfer view and the directory card, so both follow the same rules, warnings and permissions.
// A call as the transfer view needs it, read from Genesys' CallConversation at the trust boundary.
import { z } from 'zod/mini';
import { parseAnswer } from '@/genesys/api-answer';
import type { Translator } from '@/i18n/translator';
import { cleanText } from '@/foundations/people/directory-user';

/** A field read leniently: unreadable is as absent. */
const lenient = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

const participantSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  purpose: z._default(z.string(), ''),
  state: z._default(z.string(), ''),
  name: lenient(z.string()),
  address: lenient(z.string()),
  userId: lenient(z.string()),
  user: lenient(z.object({ id: z.string() })),
  connectedTime: lenient(z.string()),
  startTime: lenient(z.string()),
  disconnectType: lenient(z.string()),
  consultParticipantId: lenient(z.string()),
});

const callSchema = z.looseObject({ id: z.string().check(z.minLength(1)), participants: z._default(z.array(z.unknown()), []) });
const listingSchema = z.object({ entities: z._default(z.array(z.unknown()), []) });

type Participant = z.infer<typeof participantSchema>;

export type CallStatus =
  /** The agent and the customer are on the call: it can be transferred. */
  | 'connected'
  /** The agent handed the call over (blind, or a completed consult). */
  | 'transferred'
  /** The customer or the agent hung up. */
  | 'ended';

export interface TransferCall {
  id: string;
  status: CallStatus;
  /** Who is on the other end: their name, else their number; undefined when Genesys has neither (see customerLabelOf). */
  customerLabel: string | undefined;
  /** Their number, when Genesys has one ("tel:" removed). */
  customerNumber?: string;
  /** The participant a transfer moves: the customer's. */
  customerParticipantId?: string;
  /** The agent's own participant (disconnecting it completes a consult). */
  myParticipantId?: string;
  /** Epoch ms the customer was connected (for the duration). */
  connectedAt?: number;
  /** A consult in progress: its destination participant. */
  consult?: {
    destinationParticipantId: string;
    /** Their name, else their number; undefined when Genesys has neither (the view says "the consulted person"). */
    destinationLabel: string | undefined;
  };
}

/** The caller's name or number as the view shows it, "Unknown caller" when Genesys has neither. */
export const customerLabelOf = (call: TransferCall, t: Translator['t']): string => call.customerLabel ?? t('transfer.call.unknownCaller');

const CUSTOMER_PURPOSES = ['customer', 'external'];
const live = (participant: Participant | undefined): boolean =>
  participant !== undefined && participant.state !== 'disconnected' && participant.state !== 'terminated';

/**
 * Whether the agent's leg ended by handing the call over. A completed consult may end with "transfer" or
 * "transfer.consult" (Genesys documents neither as the one); any "transfer.*" kind means the call went on without the agent.
 */
const handedOver = (disconnectType: string | undefined): boolean =>
  disconnectType !== undefined && (disconnectType === 'transfer' || disconnectType.startsWith('transfer.'));

function numberOf(address: string | undefined): string | undefined {
  const number = address?.replace(/^(tel|sip):/i, '').trim();
  return number === '' ? undefined : number;
}

function timeOf(value: string | undefined): number | undefined {
  const ms = value === undefined ? Number.NaN : Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Reads one call for the signed-in user; participants we cannot read are left out. */
export function readCall(raw: unknown, myUserId: string): TransferCall {
  const call = parseAnswer(callSchema, raw, 'call');
  const participants = call.participants.flatMap((entry) => {
    const parsed = participantSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  const userIdOf = (participant: Participant) => participant.userId ?? participant.user?.id;
  const mine = participants.filter((participant) => userIdOf(participant) === myUserId);
  const me = mine.find(live) ?? mine[mine.length - 1];
  // The first customer leg (a consult destination is "external" too, and joins later).
  const customer =
    participants.find((participant) => participant.purpose === 'customer') ??
    participants.find((participant) => CUSTOMER_PURPOSES.includes(participant.purpose) && participant !== me);
  const consultTarget = participants.find((participant) => participant.id === customer?.consultParticipantId);

  const status: CallStatus = live(me) && live(customer) ? 'connected' : handedOver(me?.disconnectType) ? 'transferred' : 'ended';
  const customerNumber = numberOf(customer?.address);
  const name = customer?.name === undefined ? '' : cleanText(customer.name);
  const connectedAt = timeOf(customer?.connectedTime ?? customer?.startTime);
  return {
    id: call.id,
    status,
    customerLabel: name !== '' && name !== customerNumber ? name : customerNumber,
    ...(customerNumber === undefined ? {} : { customerNumber }),
    ...(customer ? { customerParticipantId: customer.id } : {}),
    ...(me ? { myParticipantId: me.id } : {}),
    ...(connectedAt === undefined ? {} : { connectedAt }),
    ...(status === 'connected' && consultTarget && live(consultTarget)
      ? {
          consult: {
            destinationParticipantId: consultTarget.id,
            destinationLabel: cleanText(consultTarget.name ?? '') || numberOf(consultTarget.address),
          },
        }
      : {}),
  };
}

/** The calls of a calls listing (those we can read). */
export function readCallListing(raw: unknown, myUserId: string): TransferCall[] {
  return parseAnswer(listingSchema, raw, 'calls').entities.flatMap((entry) => {
    try {
      return [readCall(entry, myUserId)];
    } catch {
      return [];
    }
  });
}
