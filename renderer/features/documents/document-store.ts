// "Sổ văn bản": the issuing body chosen, its committee terms and the documents it numbered, and the
// calls the register page and the print page's "Cấp số" panel make (next number, issue, void, set a
// term). Every change answers with the core's Result so a form can show the Vietnamese refusal next
// to the field; on success the list is read again. Layer: renderer.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../../shared/contract/client';
import type { MethodInput } from '../../../shared/contract/api';
import type { Result } from '../../../shared/contract/result';
import type { DocumentTerm, IssuedDocument, NextNumber } from '../../../shared/documents/register';
import type { NoticeStore } from '../../state/notice-store';

export interface DocumentState {
  /** The issuing body (org unit) whose register is shown. */
  bodyId: string | null;
  terms: DocumentTerm[];
  documents: IssuedDocument[];
  loading: boolean;
  /** Why the register could not be read (Vietnamese). */
  error: string | null;

  selectBody(id: string | null): Promise<void>;
  reload(): Promise<void>;
  setTerm(input: MethodInput<'documents.setTerm'>): Promise<Result<DocumentTerm>>;
  voidDocument(id: string, reason: string): Promise<Result<IssuedDocument>>;
  nextNumber(input: MethodInput<'documents.nextNumber'>): Promise<Result<NextNumber>>;
  listFor(input: MethodInput<'documents.list'>): Promise<Result<IssuedDocument[]>>;
  issue(input: MethodInput<'documents.issue'>): Promise<Result<IssuedDocument>>;
}

export type DocumentStore = StoreApi<DocumentState>;

export function createDocumentStore(client: ApiClient, notices: NoticeStore): DocumentStore {
  return createStore<DocumentState>()((set, get) => ({
    bodyId: null,
    terms: [],
    documents: [],
    loading: false,
    error: null,

    async selectBody(id) {
      set({ bodyId: id, terms: [], documents: [], error: null });
      await get().reload();
    },

    async reload() {
      const bodyId = get().bodyId;
      if (!bodyId) return;
      set({ loading: true });
      const [terms, documents] = await Promise.all([client.call('documents.terms', { orgUnitId: bodyId }), client.call('documents.list', { orgUnitId: bodyId })]);
      if (get().bodyId !== bodyId) return;
      const failed = !terms.ok ? terms.error.message : !documents.ok ? documents.error.message : null;
      set({ loading: false, error: failed, terms: terms.ok ? terms.value : [], documents: documents.ok ? documents.value : [] });
    },

    async setTerm(input) {
      const result = await client.call('documents.setTerm', input);
      if (result.ok) {
        notices.getState().push('success', 'Đã lưu nhiệm kỳ.');
        await get().reload();
      }
      return result;
    },

    async voidDocument(id, reason) {
      const result = await client.call('documents.void', { id, reason });
      if (result.ok) {
        notices.getState().push('success', `Đã hủy ${result.value.formatted}. Số này vẫn ở trong sổ và không được cấp lại.`);
        await get().reload();
      }
      return result;
    },

    nextNumber(input) {
      return client.call('documents.nextNumber', input);
    },

    listFor(input) {
      return client.call('documents.list', input);
    },

    async issue(input) {
      const result = await client.call('documents.issue', input);
      if (result.ok) {
        notices.getState().push('success', `Đã cấp ${result.value.formatted}.`);
        if (get().bodyId === input.orgUnitId) await get().reload();
      }
      return result;
    },
  }));
}
