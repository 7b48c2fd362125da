import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';

/** The page header's "new …" button, shown only when the user may create (create is undefined otherwise). */
export function CreateButton({ create }: { create: { label: string; onClick(): void } | undefined }) {
  if (!create) return null;
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={create.onClick}>
      {create.label}
    </Button>
  );
}
