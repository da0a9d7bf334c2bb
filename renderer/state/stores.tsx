// All stores of one app instance, created from one injected client and handed down through React
// context — so a test can run the real UI against a real core, and two apps never share state.
// Layer: renderer.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ApiClient } from '../../shared/contract/client';
import { createAppStore, type AppState, type AppStore } from './app-store';
import { createDashboardStore, type DashboardState, type DashboardStore } from './dashboard-store';
import { createDecisionStore, type DecisionState, type DecisionStore } from './decision-store';
import { createMeetingStore, type MeetingState, type MeetingStore } from './meeting-store';
import { createMemberStore, type MemberState, type MemberStore } from './member-store';
import { createNoticeStore, type NoticeState, type NoticeStore } from './notice-store';
import { createOrgStore, type OrgState, type OrgStore } from './org-store';
import { createReviewStore, type ReviewState, type ReviewStore } from './review-store';
import { createPrintStore, type PrintState, type PrintStore } from './print-store';
import { createDocumentStore, type DocumentState, type DocumentStore } from '../features/documents/document-store';

export interface Stores {
  app: AppStore;
  org: OrgStore;
  members: MemberStore;
  dashboard: DashboardStore;
  notices: NoticeStore;
  review: ReviewStore;
  decision: DecisionStore;
  meeting: MeetingStore;
  print: PrintStore;
  documents: DocumentStore;
}

export function createStores(client: ApiClient): Stores {
  const notices = createNoticeStore();
  return {
    notices,
    app: createAppStore(client, notices),
    org: createOrgStore(client, notices),
    members: createMemberStore(client, notices),
    dashboard: createDashboardStore(client, notices),
    review: createReviewStore(client, notices),
    meeting: createMeetingStore(client, notices),
    decision: createDecisionStore(client, notices),
    print: createPrintStore(client, notices),
    documents: createDocumentStore(client, notices),
  };
}

const StoresContext = createContext<Stores | null>(null);

export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores outside <StoresProvider>');
  return stores;
}

export const useApp = <T,>(select: (s: AppState) => T): T => useStore(useStores().app, select);
export const useOrg = <T,>(select: (s: OrgState) => T): T => useStore(useStores().org, select);
export const useMembers = <T,>(select: (s: MemberState) => T): T => useStore(useStores().members, select);
export const useDashboard = <T,>(select: (s: DashboardState) => T): T => useStore(useStores().dashboard, select);
export const useReview = <T,>(select: (s: ReviewState) => T): T => useStore(useStores().review, select);
export const useDecision = <T,>(select: (s: DecisionState) => T): T => useStore(useStores().decision, select);
export const useMeeting = <T,>(select: (s: MeetingState) => T): T => useStore(useStores().meeting, select);
export const usePrint = <T,>(select: (s: PrintState) => T): T => useStore(useStores().print, select);
export const useDocuments = <T,>(select: (s: DocumentState) => T): T => useStore(useStores().documents, select);
export const useNotices = <T,>(select: (s: NoticeState) => T): T => useStore(useStores().notices, select);
