// A mailbox's labels as resources: system labels (INBOX, SENT, …) and the user's own, from one labels.list call
// (Gmail answers every label at once, without paging).
import type { gmail_v1 } from '@googleapis/gmail';
import type { GoogleApi } from '../googleApi.js';
import type { ProviderCredentials, ProviderResource, ResourceBatch, ResourceLister } from '../types.js';

/** Gmail allows at most 10,000 labels per mailbox, all in one answer. */
const MAX_LABELS = 10_000;

export function createLabelLister(api: GoogleApi): ResourceLister {
  return {
    batchSize: MAX_LABELS,
    async listBatch(credentials: ProviderCredentials): Promise<ResourceBatch> {
      const answer = await api.json<gmail_v1.Schema$ListLabelsResponse>(credentials, {
        path: '/gmail/v1/users/me/labels',
        action: 'list Gmail labels',
      });
      // Labels carry no modification time: the listing's own time stands in.
      const listedAt = new Date();
      const resources = (answer.labels ?? []).flatMap((label) =>
        label.id && label.name ? [resourceOf(label.id, label.name, label.type, listedAt)] : [],
      );
      return { resources, totalCount: resources.length, nextCursor: null };
    },
  };
}

function resourceOf(id: string, name: string, type: string | null | undefined, listedAt: Date): ProviderResource {
  return {
    id,
    kind: 'label',
    name,
    // Nested user labels keep Gmail's "Parent/Child" name: the nesting is only in the name.
    fullName: name,
    description: type === 'system' ? 'Gmail system label' : 'Gmail user label',
    private: true,
    defaultRef: null,
    parentId: null,
    updatedAt: listedAt,
  };
}
