import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Divider, Flex, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../hr-organisation/FormModal';
import { updateEmployee } from './employee-changes.api';
import type { Employee } from './employees.api';
import { personalChanges, personalValuesOf, type PersonalValues } from './personal-changes';

const FIELDS = ['phone', 'email', 'address', 'bankName', 'idNumber', 'bankAccount'] as const;

interface EditPersonalModalProps {
  employee: Employee;
  open: boolean;
  onClose(): void;
  onDone(employee: Employee): void;
}

/** HR corrects contact, education, emergency contact, bank and ID details on the file. */
export function EditPersonalModal({ employee, open, onClose, onDone }: EditPersonalModalProps) {
  const { t } = useTranslation();
  const keep = t('hrPeople.edit.keepSecret');
  return (
    <FormModal<PersonalValues, Employee>
      title={t('hrPeople.edit.title', { name: employee.name })}
      open={open}
      onClose={onClose}
      onDone={onDone}
      fieldNames={[...FIELDS, 'education', 'emergencyContact']}
      initialValues={personalValuesOf(employee)}
      submit={(values) => updateEmployee(employee, personalChanges(employee, values))}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="phone" label={t('hrPeople.file.phone')}>
            <Input maxLength={32} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="email" label={t('hrPeople.file.email')}>
            <Input maxLength={200} type="email" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="address" label={t('hrPeople.file.address')}>
        <Input maxLength={300} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="idNumber"
            label={t('hrPeople.file.idNumber')}
            extra={employee.idNumber ?? undefined}
          >
            <Input maxLength={18} placeholder={keep} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="bankName" label={t('hrPeople.edit.bankName')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="bankAccount"
        label={t('hrPeople.edit.bankAccount')}
        extra={employee.bankAccount ?? undefined}
      >
        <Input maxLength={40} placeholder={keep} autoComplete="off" />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        {t('hrPeople.file.emergencyContact')}
      </Divider>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name={['emergencyContact', 'name']} label={t('hrPeople.edit.contactName')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={['emergencyContact', 'relation']} label={t('hrPeople.edit.relation')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name={['emergencyContact', 'phone']} label={t('hrPeople.edit.contactPhone')}>
            <Input maxLength={32} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('hrPeople.file.education')}
      </Divider>
      <Form.List name="education">
        {(rows, { add, remove }) => (
          <Flex vertical gap={4}>
            {rows.map((row) => (
              <Flex key={row.key} gap={4} align="baseline">
                <Form.Item
                  name={[row.name, 'school']}
                  rules={[{ required: true, message: t('hrPeople.edit.schoolRequired') }]}
                >
                  <Input placeholder={t('hrPeople.file.school')} maxLength={100} />
                </Form.Item>
                <Form.Item name={[row.name, 'degree']}>
                  <Input placeholder={t('hrPeople.file.degree')} maxLength={40} />
                </Form.Item>
                <Form.Item name={[row.name, 'major']}>
                  <Input placeholder={t('hrPeople.file.major')} maxLength={100} />
                </Form.Item>
                <Form.Item name={[row.name, 'from']}>
                  <Input placeholder="2014-09" maxLength={7} style={{ width: 90 }} />
                </Form.Item>
                <Form.Item name={[row.name, 'to']}>
                  <Input placeholder="2018-06" maxLength={7} style={{ width: 90 }} />
                </Form.Item>
                <MinusCircleOutlined
                  aria-label={t('hrPeople.edit.removeEducation')}
                  onClick={() => remove(row.name)}
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ school: '' })}>
              {t('hrPeople.edit.addEducation')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}
