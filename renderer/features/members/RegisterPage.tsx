// Đảng viên: shows the list, a member's record, or the add/edit form, and loads what they need.
// Layer: renderer.
import { useEffect } from 'react';
import { useMembers, useStores } from '../../state/stores';
import { RegisterView } from './RegisterView';
import { MemberDetailPage } from './MemberDetailPage';
import { MemberFormPage } from './MemberFormPage';

export function RegisterPage() {
  const { members, org } = useStores();
  const view = useMembers((s) => s.view);

  useEffect(() => {
    if (!members.getState().loaded) void members.getState().load();
    if (!org.getState().loaded) void org.getState().load();
  }, [members, org]);

  switch (view.kind) {
    case 'list':
      return <RegisterView />;
    case 'detail':
      return <MemberDetailPage key={view.id} id={view.id} />;
    case 'new':
      return <MemberFormPage key="new" mode={{ kind: 'new' }} />;
    case 'edit':
      return <MemberFormPage key={`edit-${view.id}`} mode={{ kind: 'edit', id: view.id }} />;
  }
}
