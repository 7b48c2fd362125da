import { Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';

interface FormModalProps<Values, Result> {
  title: string;
  open: boolean;
  onClose(): void;
  /** The API's field names the form shows, so a problem naming one lands under it. */
  fieldNames: readonly string[];
  initialValues?: Partial<Values>;
  submit(values: Values): Promise<Result>;
  onDone?(result: Result): void;
  submitLabel?: string;
  children: ReactNode;
}

/**
 * A small form in a dialog, as the HR screens use for positions, plans, requests and candidates: Enter submits,
 * Escape cancels, a refused submit shows the API's reasons under the fields (or above the buttons).
 */
export function FormModal<Values extends object, Result>(props: FormModalProps<Values, Result>) {
  const { title, open, onClose, fieldNames, initialValues, submit, onDone, submitLabel, children } = props;
  const [form] = Form.useForm<Values>();
  const { problem, report, clear } = useFormProblem(form, fieldNames);
  const [submitting, setSubmitting] = useState(false);

  const finish = async (values: Values) => {
    clear();
    setSubmitting(true);
    try {
      const result = await submit(values);
      onDone?.(result);
      onClose();
    } catch (error) {
      report(error);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal title={title} open={open} onCancel={onClose} footer={null} destroyOnHidden width={560}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void finish(values)}
        preserve={false}
      >
        {children}
        {problem && <ProblemAlert error={problem.error} fieldErrors={problem.unmatched} />}
        <div style={{ marginTop: 16 }}>
          <FormActions submitting={submitting} onCancel={onClose} submitLabel={submitLabel} />
        </div>
      </Form>
    </Modal>
  );
}
