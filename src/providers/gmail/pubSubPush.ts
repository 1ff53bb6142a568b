// Pub/Sub push deliveries of Gmail's notifications: `{ message: { data: base64(JSON { emailAddress, historyId }),
// messageId }, subscription }`, sent with `Authorization: Bearer <JWT>` that Google signs (RS256) for the push
// subscription's audience and service account. That token, not a shared secret, proves the push is Google's.
import type { JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import type { InboundPush, PushParser } from '../types.js';

export interface PushVerification {
  /** Google's signing keys (…/oauth2/v3/certs). */
  certsUrl: string;
  /** The audience the push subscription's token carries. */
  audience: string;
  /** The service account the token must name; any verified Google account when null. */
  serviceAccountEmail: string | null;
}

/** The issuers Google's OIDC tokens carry. */
const GOOGLE_ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];

const pushBody = z.object({
  message: z.object({ data: z.string(), messageId: z.string().min(1) }),
  subscription: z.string().optional(),
});

const notification = z.object({ emailAddress: z.string().min(1), historyId: z.union([z.string(), z.number()]) });

export function createPubSubPushParser(verification: PushVerification): PushParser {
  // One key set per adapter: jose caches the keys and refetches only for an unknown key id (Google rotates them).
  // jose is loaded with the first push: a gateway that never receives one does not hold it.
  let keys: JWTVerifyGetKey | undefined;

  async function verifyToken(authorization: string | null): Promise<boolean> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) return false;
    try {
      const { createRemoteJWKSet, jwtVerify } = await import('jose');
      keys ??= createRemoteJWKSet(new URL(verification.certsUrl));
      const { payload } = await jwtVerify(token, keys, {
        algorithms: ['RS256'],
        issuer: GOOGLE_ISSUERS,
        audience: verification.audience,
        requiredClaims: ['exp', 'email', 'email_verified'],
      });
      if (payload.email_verified !== true) return false;
      return verification.serviceAccountEmail === null || payload.email === verification.serviceAccountEmail;
    } catch {
      // Bad signature, wrong issuer or audience, expired, or the keys could not be fetched: not Google's push.
      return false;
    }
  }

  return {
    parse(headers, body): InboundPush | null {
      const parsed = parseNotification(body);
      if (!parsed) return null;
      const authorization = headers.get('authorization');
      return {
        deliveryId: parsed.messageId,
        subscriptionId: parsed.emailAddress,
        // Gmail's pushes carry no subscription token: Google's signature on the request is what is checked.
        verify: () => verifyToken(authorization),
        isPing: false,
      };
    },
  };
}

function parseNotification(body: string): { messageId: string; emailAddress: string } | null {
  try {
    const push = pushBody.safeParse(JSON.parse(body));
    if (!push.success) return null;
    const data = notification.safeParse(JSON.parse(Buffer.from(push.data.message.data, 'base64').toString('utf8')));
    return data.success ? { messageId: push.data.message.messageId, emailAddress: data.data.emailAddress } : null;
  } catch {
    // Not JSON, outside or inside.
    return null;
  }
}
